package dev.inviteledger.policy;

/**
 * Today's withdrawal progress in the user's zone.
 *
 * @param done    withdrawals recorded today (not undone)
 * @param planned withdrawals still planned for today (today's batch)
 * @param budget  dailyWithdrawals: done + planned never exceeds it unless more were done by hand
 */
public record Today(int done, int planned, int budget) {}
