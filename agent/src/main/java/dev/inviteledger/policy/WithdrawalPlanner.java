package dev.inviteledger.policy;

import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.WithdrawalRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the candidates (oldest first, then no note first, then key — seed 001) and cuts them into day
 * batches of dailyWithdrawals (never all at once — seeds 002 and 004). Withdrawals already recorded today
 * use up today's budget, so the plan re-forms as the user works through it.
 */
final class WithdrawalPlanner {
    /** Plan order: lower-bound age descending, no note first, key (nulls last), then id (seed 001). */
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
    static int doneToday(List<WithdrawalRecord> withdrawals, CalendarDay today) {
        int done = 0;
        for (WithdrawalRecord w : withdrawals) {
            if (w.undoneAt() == null && w.withdrawnAt() != null && today.contains(w.withdrawnAt())) {
                done++;
            }
        }
        return done;
    }

    /** Batch of the candidate at 0-based {@code index}: today's batch holds what is left of today's budget. */
    static int batchOf(int index, int todayBudget, int daily) {
        return index < todayBudget ? 1 : 2 + (index - todayBudget) / daily;
    }

    /**
     * The plan over {@code all}; each planned classification in {@code all} is replaced by its copy carrying its
     * {@link PlanSlot}, in place, so the caller needs no lookup from plan entries back to records.
     */
    static WithdrawalPlan planInPlace(Classification[] all, int doneToday, Policy policy) {
        List<Candidate> candidates = new ArrayList<>(all.length);
        List<String> unknownAge = new ArrayList<>();
        List<String> keptBack = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            Classification c = all[i];
            if (c.state() != InvitationState.PENDING) {
                continue;
            }
            if (c.status() == Status.UNKNOWN) {
                unknownAge.add(c.key());
            } else if (c.status().isWithdrawable()) {
                if (c.keep()) {
                    keptBack.add(c.key());
                } else {
                    candidates.add(Candidate.of(c, i));
                }
            }
        }
        candidates.sort(Candidate.ORDER);
        int daily = policy.dailyWithdrawals();
        int todayBudget = Math.max(0, daily - doneToday);
        List<PlanEntry> entries = new ArrayList<>(candidates.size());
        int plannedToday = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            Classification c = candidate.classification();
            int batch = batchOf(i, todayBudget, daily);
            PlanEntry entry = new PlanEntry(i + 1, c.id(), c.key(), c.name(), c.status(), c.ageNow(), c.hasNote(),
                    c.reasons(), batch, batch == 1);
            entries.add(entry);
            all[candidate.at()] = c.withPlan(entry.slot());
            if (entry.today()) {
                plannedToday++;
            }
        }
        int batches = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).batch();
        return new WithdrawalPlan(entries, batches, new Today(doneToday, plannedToday, daily), unknownAge, keptBack);
    }

    /**
     * A candidate, where it sits in the evaluation's array (to put its planned copy back), and its sort keys copied
     * out: a capture sorts ~1,000 candidates (~10,000 comparisons), and reading the keys from these small objects,
     * allocated side by side, beats chasing each classification's age record through the heap every time.
     *
     * @param ageAndNote the first two keys of {@link WithdrawalPlanner#PLAN_ORDER} in one number: age descending,
     *                   then no note first
     */
    private record Candidate(long ageAndNote, String key, long id, int at, Classification classification) {
        /** {@link WithdrawalPlanner#PLAN_ORDER} on the copied keys. */
        static final Comparator<Candidate> ORDER = (a, b) -> {
            int byAgeAndNote = Long.compare(a.ageAndNote, b.ageAndNote);
            if (byAgeAndNote != 0) {
                return byAgeAndNote;
            }
            if (a.key != b.key) {
                if (a.key == null) {
                    return 1;
                }
                if (b.key == null) {
                    return -1;
                }
                int byKey = a.key.compareTo(b.key);
                if (byKey != 0) {
                    return byKey;
                }
            }
            return Long.compare(a.id, b.id);
        };

        static Candidate of(Classification c, int at) {
            long olderFirst = (long) Integer.MAX_VALUE - c.ageNow().min();
            return new Candidate((olderFirst << 1) | (c.hasNote() ? 1 : 0), c.key(), c.id(), at, c);
        }
    }
}
