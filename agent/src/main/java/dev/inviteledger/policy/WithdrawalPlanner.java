package dev.inviteledger.policy;

import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.WithdrawalRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the candidates (oldest first, then no note first, then key — seed 001) and cuts them into day
 * batches of dailyWithdrawals (never all at once — seeds 002 and 004). Withdrawals already recorded today
 * use up today's budget, so the plan re-forms as the user works through it.
 */
final class WithdrawalPlanner {
    static final Comparator<Classification> PLAN_ORDER = Comparator
            .comparingInt((Classification c) -> c.ageNow().min()).reversed()
            .thenComparing(Classification::hasNote)          // false (no note) first
            .thenComparing(Classification::key, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Classification::id);

    private WithdrawalPlanner() {}

    static boolean isCandidate(Classification c) {
        return c.state() == InvitationState.PENDING && c.status().isWithdrawable() && !c.keep();
    }

    /** Withdrawals recorded (and not undone) during today's calendar day in the zone. */
    static int doneToday(List<WithdrawalRecord> withdrawals, Instant now, ZoneId zone) {
        CalendarDay today = CalendarDay.of(now, zone);
        return (int) withdrawals.stream()
                .filter(w -> w.undoneAt() == null && w.withdrawnAt() != null && today.contains(w.withdrawnAt()))
                .count();
    }

    /** Batch of the candidate at 0-based {@code index}: today's batch holds what is left of today's budget. */
    static int batchOf(int index, int todayBudget, int daily) {
        return index < todayBudget ? 1 : 2 + (index - todayBudget) / daily;
    }

    static WithdrawalPlan plan(List<Classification> all, int doneToday, Policy policy) {
        List<Classification> candidates = all.stream().filter(WithdrawalPlanner::isCandidate).sorted(PLAN_ORDER).toList();
        int daily = policy.dailyWithdrawals();
        int todayBudget = Math.max(0, daily - doneToday);
        List<PlanEntry> entries = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Classification c = candidates.get(i);
            int batch = batchOf(i, todayBudget, daily);
            entries.add(new PlanEntry(i + 1, c.id(), c.key(), c.name(), c.status(), c.ageNow(), c.hasNote(),
                    c.reasons(), batch, batch == 1));
        }
        int batches = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).batch();
        int plannedToday = (int) entries.stream().filter(PlanEntry::today).count();
        List<String> unknownAge = all.stream()
                .filter(c -> c.state() == InvitationState.PENDING && c.status() == Status.UNKNOWN)
                .map(Classification::key).toList();
        List<String> keptBack = all.stream()
                .filter(c -> c.state() == InvitationState.PENDING && c.status().isWithdrawable() && c.keep())
                .map(Classification::key).toList();
        return new WithdrawalPlan(entries, batches, new Today(doneToday, plannedToday, daily), unknownAge, keptBack);
    }
}
