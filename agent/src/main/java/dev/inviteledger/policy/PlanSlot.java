package dev.inviteledger.policy;

/**
 * Where an invitation sits in the withdrawal plan, as the CaptureReport's {@code plan} field:
 * {@code rank} 1-based, {@code batch} 1 = today, 2 = tomorrow, ...; {@code today} is batch 1.
 */
public record PlanSlot(int rank, int batch, boolean today) {}
