package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over random histories and policies. */
class PolicyPropertiesTest {

    /** A generated case: a history, a policy and how many withdrawals were already made today. */
    record Case(List<InvitationRecord> invitations, Policy policy, int doneToday) {
        Evaluation evaluate() {
            List<WithdrawalRecord> ws = IntStream.range(0, doneToday)
                    .mapToObj(i -> Inv.withdrawal(i, NOW.minus(Duration.ofMinutes(i + 1L)), false)).toList();
            return PolicyEngine.evaluate(Inv.history(invitations, List.of(), ws), policy, NOW, UTC);
        }
    }

    @Provide
    Arbitrary<Policy> policies() {
        Arbitrary<Integer> withdrawAfter = Arbitraries.integers().between(7, 90);
        Arbitrary<Integer> overdueGap = Arbitraries.integers().between(1, 120);
        Arbitrary<Integer> daily = Arbitraries.integers().between(1, 100);
        Arbitrary<Integer> cap = Arbitraries.integers().between(1, 5000);
        Arbitrary<Integer> watchPercent = Arbitraries.integers().between(1, 98);
        Arbitrary<Integer> nearGap = Arbitraries.integers().between(1, 99);
        return Combinators.combine(withdrawAfter, overdueGap, daily, cap, watchPercent, nearGap)
                .as((w, gap, d, c, watch, near) -> Policy.fromMap(Map.of(
                        "withdrawAfterDays", w,
                        "overdueAfterDays", w + gap,
                        "dailyWithdrawals", d,
                        "pendingCap", c,
                        "watchAt", watch / 100.0,
                        "nearCapAt", Math.min(100, watch + near) / 100.0)));
    }

    @Provide
    Arbitrary<Inv> invitations() {
        Arbitrary<Integer> ageMin = Arbitraries.integers().between(0, 200);
        Arbitrary<Integer> width = Arbitraries.integers().between(0, 40);
        Arbitrary<Boolean> knownAge = Arbitraries.of(true, true, true, true, false);
        Arbitrary<InvitationState> state = Arbitraries.of(InvitationState.PENDING, InvitationState.PENDING,
                InvitationState.PENDING, InvitationState.WITHDRAWN, InvitationState.ACCEPTED, InvitationState.CLOSED_UNKNOWN);
        Arbitrary<Boolean> note = Arbitraries.of(true, false);
        Arbitrary<Boolean> keep = Arbitraries.of(false, false, false, true);
        Arbitrary<Integer> resends = Arbitraries.integers().between(0, 3);
        return Combinators.combine(ageMin, width, knownAge, state, note, keep, resends)
                .as((min, w, known, st, hasNote, kept, resent) -> {
                    Inv inv = Inv.id(0).resent(resent);
                    if (known) {
                        inv.aged(min, min + w);
                    }
                    if (!hasNote) {
                        inv.noNote();
                    }
                    if (kept) {
                        inv.keep();
                    }
                    Instant closed = NOW.minus(Duration.ofDays(min / 2));
                    switch (st) {
                        case WITHDRAWN -> inv.withdrawn(closed);
                        case ACCEPTED -> inv.accepted(closed);
                        case CLOSED_UNKNOWN -> inv.closedUnknown(closed);
                        default -> { }
                    }
                    return inv;
                });
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Inv>> invs = invitations().list().ofMaxSize(250);
        Arbitrary<Integer> done = Arbitraries.integers().between(0, 120);
        return Combinators.combine(invs, policies(), done).as((list, policy, d) -> {
            List<InvitationRecord> records = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                // give each a unique id and key: the builder instances come from a shared generator
                records.add(withId(list.get(i).build(), i + 1L));
            }
            return new Case(records, policy, d);
        });
    }

    private static InvitationRecord withId(InvitationRecord r, long id) {
        return new InvitationRecord(id, r.account(), String.format("in:p%04d", id), "Person " + id, r.headline(),
                r.profileUrl(), r.state(), r.sentAt(), r.firstSeen(), r.lastSeen(), r.hasNote(), r.closedAt(),
                r.withdrawnAt(), r.resendCount(), r.previousId(), r.keep(), r.lastSentText());
    }

    @Property(tries = 300)
    void nothingYoungerThanTheThresholdIsEverPlanned(@ForAll("cases") Case c) {
        Evaluation ev = c.evaluate();
        for (PlanEntry e : ev.plan().entries()) {
            assertThat(e.ageNow()).isNotNull();
            assertThat(e.ageNow().min()).isGreaterThanOrEqualTo(c.policy().withdrawAfterDays());
            assertThat(ev.forId(e.id()).orElseThrow().state()).isEqualTo(InvitationState.PENDING);
        }
    }

    @Property(tries = 300)
    void noBatchExceedsTheDailyBudget(@ForAll("cases") Case c) {
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

    @Property(tries = 300)
    void keptInvitationsNeverAppearInThePlan(@ForAll("cases") Case c) {
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

    @Property(tries = 300)
    void thePlanIsAnOrderedPermutationOfTheCandidates(@ForAll("cases") Case c) {
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

    @Property(tries = 500)
    void headroomLevelIsMonotoneInPending(@ForAll("policies") Policy p,
                                          @ForAll @IntRange(min = 0, max = 6000) int a,
                                          @ForAll @IntRange(min = 0, max = 6000) int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        assertThat(Level.of(low, p).ordinal()).isLessThanOrEqualTo(Level.of(high, p).ordinal());
        int toWatchLow = Level.withdrawalsToGetBelow(low, p.watchAt(), p.pendingCap());
        int toWatchHigh = Level.withdrawalsToGetBelow(high, p.watchAt(), p.pendingCap());
        assertThat(toWatchLow).isLessThanOrEqualTo(toWatchHigh);
    }

    @Property(tries = 500)
    void withdrawingWithdrawToWatchIsExactlyEnough(@ForAll("policies") Policy p,
                                                   @ForAll @IntRange(min = 0, max = 6000) int pending) {
        int n = Level.withdrawalsToGetBelow(pending, p.watchAt(), p.pendingCap());
        assertThat(Level.of(pending - n, p)).isEqualTo(Level.OK);
        if (n > 0) {
            assertThat(Level.of(pending - n + 1, p)).isNotEqualTo(Level.OK);
        }
    }

    @Property(tries = 500)
    void agesComeBackAtTheCaptureAndGrowByWholeDays(@ForAll @IntRange(min = 0, max = 2000) int min,
                                                    @ForAll @IntRange(min = 0, max = 400) int width,
                                                    @ForAll @IntRange(min = 0, max = 400) int daysLater,
                                                    @ForAll @IntRange(min = 0, max = 86_399) int secondsLater) {
        Instant capturedAt = Instant.parse("2025-03-30T01:30:00Z");
        var window = Inv.window(capturedAt, min, min + width);
        assertThat(SendAge.at(window, capturedAt)).isEqualTo(new AgeDays(min, min + width));
        AgeDays later = SendAge.at(window, capturedAt.plus(Duration.ofDays(daysLater)).plusSeconds(secondsLater));
        assertThat(later.min()).isEqualTo(min + daysLater);
        assertThat(later.max()).isEqualTo(min + width + daysLater + (secondsLater > 0 ? 1 : 0));
    }

    @Property(tries = 200)
    void classificationNeverFiresEarly(@ForAll("cases") Case c) {
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
