package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.WithdrawalRecord;
import dev.inviteledger.page.AgeDays;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the engine over random histories and policies (seeded, so every failure reproduces). */
class PolicyPropertiesTest {

    /** A generated case: a history, a policy and how many withdrawals were already made today. */
    record Case(List<InvitationRecord> invitations, Policy policy, int doneToday) {
        AccountHistory history() {
            List<WithdrawalRecord> ws = IntStream.range(0, doneToday)
                    .mapToObj(i -> Inv.withdrawal(i, NOW.minus(Duration.ofMinutes(i + 1L)), false)).toList();
            return Inv.history(invitations, List.of(), ws);
        }

        Evaluation evaluate() {
            return PolicyEngine.evaluate(history(), policy, NOW, UTC);
        }
    }

    /** Seeds for the randomized cases: fixed, so a failure names a seed that reproduces it. */
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    static Policy randomPolicy(Random r) {
        int withdrawAfter = between(r, 7, 90);
        int watch = between(r, 1, 98);
        return Policy.fromMap(Map.of(
                "withdrawAfterDays", withdrawAfter,
                "overdueAfterDays", withdrawAfter + between(r, 1, 120),
                "dailyWithdrawals", between(r, 1, 100),
                "pendingCap", between(r, 1, 5000),
                "watchAt", watch / 100.0,
                "nearCapAt", Math.min(100, watch + between(r, 1, 99)) / 100.0));
    }

    static Inv randomInvitation(Random r) {
        int min = between(r, 0, 200);
        Inv inv = Inv.id(0).resent(between(r, 0, 3));
        if (r.nextInt(5) != 0) {
            inv.aged(min, min + between(r, 0, 40));
        }
        if (r.nextBoolean()) {
            inv.noNote();
        }
        if (r.nextInt(4) == 0) {
            inv.keep();
        }
        Instant closed = NOW.minus(Duration.ofDays(min / 2));
        switch (r.nextInt(6)) {
            case 3 -> inv.withdrawn(closed);
            case 4 -> inv.accepted(closed);
            case 5 -> inv.closedUnknown(closed);
            default -> { }
        }
        return inv;
    }

    static Case randomCase(long seed) {
        Random r = new Random(seed);
        int size = between(r, 0, 250);
        List<InvitationRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            records.add(withId(randomInvitation(r).build(), i + 1L));
        }
        return new Case(records, randomPolicy(r), between(r, 0, 120));
    }

    private static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    private static InvitationRecord withId(InvitationRecord r, long id) {
        return new InvitationRecord(id, r.account(), String.format("in:p%04d", id), "Person " + id, r.headline(),
                r.profileUrl(), r.state(), r.sentAt(), r.firstSeen(), r.lastSeen(), r.hasNote(), r.closedAt(),
                r.withdrawnAt(), r.resendCount(), r.previousId(), r.keep(), r.lastSentText());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withoutTheCurveEverythingElseIsTheSame(long seed) {
        Case c = randomCase(seed);
        Evaluation full = c.evaluate();
        Evaluation lean = PolicyEngine.evaluateWithoutCurve(c.history(), c.policy(), NOW, UTC);
        assertThat(full.acceptance()).isNotNull();
        assertThat(lean.acceptance()).isNull();
        assertThat(new Evaluation(lean.account(), lean.evaluatedAt(), lean.zone(), lean.policy(), lean.invitations(),
                lean.headroom(), lean.plan(), full.acceptance(), lean.warnings())).isEqualTo(full);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nothingYoungerThanTheThresholdIsEverPlanned(long seed) {
        Case c = randomCase(seed);
        Evaluation ev = c.evaluate();
        for (PlanEntry e : ev.plan().entries()) {
            assertThat(e.ageNow()).isNotNull();
            assertThat(e.ageNow().min()).isGreaterThanOrEqualTo(c.policy().withdrawAfterDays());
            assertThat(ev.forId(e.id()).orElseThrow().state()).isEqualTo(InvitationState.PENDING);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noBatchExceedsTheDailyBudget(long seed) {
        Case c = randomCase(seed);
        Evaluation ev = c.evaluate();
        int daily = c.policy().dailyWithdrawals();
        Map<Integer, Long> sizes = ev.plan().entries().stream()
                .collect(Collectors.groupingBy(PlanEntry::batch, Collectors.counting()));
        sizes.forEach((batch, size) -> assertThat(size).as("batch %d", batch).isLessThanOrEqualTo(daily));
        assertThat(sizes.getOrDefault(1, 0L)).isLessThanOrEqualTo(Math.max(0, daily - c.doneToday()));
        assertThat(ev.plan().today().planned()).isEqualTo(sizes.getOrDefault(1, 0L).intValue());
        // batches follow rank: never a later rank in an earlier batch, and no day is skipped after today
        List<Integer> batches = ev.plan().entries().stream().map(PlanEntry::batch).toList();
        for (int i = 1; i < batches.size(); i++) {
            assertThat(batches.get(i) - batches.get(i - 1)).isBetween(0, 1);
        }
        if (!batches.isEmpty()) {
            assertThat(batches.get(0)).isLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keptInvitationsNeverAppearInThePlan(long seed) {
        Case c = randomCase(seed);
        Evaluation ev = c.evaluate();
        for (PlanEntry e : ev.plan().entries()) {
            assertThat(ev.forId(e.id()).orElseThrow().keep()).isFalse();
        }
        for (Classification cl : ev.invitations()) {
            if (cl.keep()) {
                assertThat(cl.plan()).isNull();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thePlanIsAnOrderedPermutationOfTheCandidates(long seed) {
        Case c = randomCase(seed);
        Evaluation ev = c.evaluate();
        List<Long> candidates = ev.invitations().stream()
                .filter(cl -> cl.state() == InvitationState.PENDING && !cl.keep()
                        && (cl.status() == Status.STALE || cl.status() == Status.OVERDUE))
                .map(Classification::id).sorted().toList();
        List<PlanEntry> entries = ev.plan().entries();
        assertThat(entries.stream().map(PlanEntry::id).sorted().toList()).isEqualTo(candidates);
        assertThat(entries).extracting(PlanEntry::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, entries.size()).boxed().toList());
        for (int i = 1; i < entries.size(); i++) {
            PlanEntry a = entries.get(i - 1);
            PlanEntry b = entries.get(i);
            assertThat(a.ageNow().min()).isGreaterThanOrEqualTo(b.ageNow().min());
            if (a.ageNow().min() == b.ageNow().min() && a.hasNote()) {
                assertThat(b.hasNote()).as("no-note ones come first within an age").isTrue();
            }
        }
        // every planned classification points back at its entry
        Map<Long, PlanSlot> slots = new HashMap<>();
        entries.forEach(e -> slots.put(e.id(), e.slot()));
        ev.invitations().forEach(cl -> assertThat(cl.plan()).isEqualTo(slots.get(cl.id())));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void headroomLevelIsMonotoneInPending(long seed) {
        Random r = new Random(seed);
        Policy p = randomPolicy(r);
        int a = between(r, 0, 6000);
        int b = between(r, 0, 6000);
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        assertThat(Level.of(low, p).ordinal()).isLessThanOrEqualTo(Level.of(high, p).ordinal());
        int toWatchLow = Level.withdrawalsToGetBelow(low, p.watchAt(), p.pendingCap());
        int toWatchHigh = Level.withdrawalsToGetBelow(high, p.watchAt(), p.pendingCap());
        assertThat(toWatchLow).isLessThanOrEqualTo(toWatchHigh);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withdrawingWithdrawToWatchIsExactlyEnough(long seed) {
        Random r = new Random(seed);
        Policy p = randomPolicy(r);
        int pending = between(r, 0, 6000);
        int n = Level.withdrawalsToGetBelow(pending, p.watchAt(), p.pendingCap());
        assertThat(Level.of(pending - n, p)).isEqualTo(Level.OK);
        if (n > 0) {
            assertThat(Level.of(pending - n + 1, p)).isNotEqualTo(Level.OK);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agesComeBackAtTheCaptureAndGrowByWholeDays(long seed) {
        Random r = new Random(seed);
        int min = between(r, 0, 2000);
        int width = between(r, 0, 400);
        int daysLater = between(r, 0, 400);
        int secondsLater = r.nextInt(5) == 0 ? 0 : between(r, 1, 86_399);
        Instant capturedAt = Instant.parse("2025-03-30T01:30:00Z");
        var window = Inv.window(capturedAt, min, min + width);
        assertThat(SendAge.at(window, capturedAt)).isEqualTo(new AgeDays(min, min + width));
        AgeDays later = SendAge.at(window, capturedAt.plus(Duration.ofDays(daysLater)).plusSeconds(secondsLater));
        assertThat(later.min()).isEqualTo(min + daysLater);
        assertThat(later.max()).isEqualTo(min + width + daysLater + (secondsLater > 0 ? 1 : 0));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void classificationNeverFiresEarly(long seed) {
        Case c = randomCase(seed);
        for (Classification cl : c.evaluate().invitations()) {
            if (cl.status() == Status.STALE || cl.status() == Status.OVERDUE) {
                assertThat(cl.ageNow().min()).isGreaterThanOrEqualTo(c.policy().withdrawAfterDays());
            }
            if (cl.status() == Status.OVERDUE) {
                assertThat(cl.ageNow().min()).isGreaterThanOrEqualTo(c.policy().overdueAfterDays());
            }
            if (cl.status() == Status.FRESH) {
                assertThat(cl.ageNow().min()).isLessThan(Classifier.FRESH_DAYS);
            }
        }
    }
}
