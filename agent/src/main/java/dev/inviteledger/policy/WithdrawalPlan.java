package dev.inviteledger.policy;

import java.util.List;

/**
 * The paced withdrawal list.
 *
 * @param entries    every candidate (pending, stale or overdue, not kept), in plan order
 * @param batches    how many days the plan spans, today included (the highest batch number; 0 when empty)
 * @param today      done / still planned today
 * @param unknownAge keys of pending invitations without a readable send date: never planned
 * @param keptBack   keys of stale or overdue invitations left out because the user keeps them
 */
public record WithdrawalPlan(List<PlanEntry> entries, int batches, Today today, List<String> unknownAge,
                             List<String> keptBack) {
    public WithdrawalPlan {
        entries = List.copyOf(entries);
        unknownAge = List.copyOf(unknownAge);
        keptBack = List.copyOf(keptBack);
    }
}
