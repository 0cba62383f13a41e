package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.page.AgeDays;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcuts a capture's evaluation takes against the plain rules they replace, over seeded random inputs:
 * ages without Durations, memoised reasons, the plan's copied sort keys, and the send counts' early exit.
 */
class CaptureEvaluationShortcutsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** The age rule written with Durations, as TEAM.md states it. */
    private static AgeDays referenceAge(SendWindow w, Instant now) {
        long min = Math.max(0, SendAge.floorDays(Duration.between(w.latest(), now)));
        long max = Math.max(min, SendAge.ceilDays(Duration.between(w.earliest(), now)) - 1);
        return new AgeDays((int) Math.min(Integer.MAX_VALUE, min), (int) Math.min(Integer.MAX_VALUE, max));
    }

    private static Instant randomInstant(Random r) {
        // seconds around NOW, with and without a nano part, windows in the future included
        return NOW.plusSeconds(r.nextLong() % (400L * 86_400)).plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agesMatchTheDurationRule(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            Instant a = randomInstant(r);
            Instant b = r.nextInt(4) == 0 ? a : randomInstant(r);
            SendWindow w = a.isBefore(b) ? new SendWindow(a, b) : new SendWindow(b, a);
            // now on a day boundary of either end, a nanosecond either side of it, or anywhere
            Instant end = r.nextBoolean() ? w.latest() : w.earliest();
            Instant now = switch (r.nextInt(3)) {
                case 0 -> end.plus(Duration.ofDays(r.nextInt(30))).plusNanos(r.nextInt(3) - 1);
                case 1 -> end.plusSeconds(r.nextInt(200) * 86_400L - 1).plusNanos(r.nextInt(1_000_000_000));
                default -> randomInstant(r);
            };
            assertThat(SendAge.at(w, now)).as("%s at %s", w, now).isEqualTo(referenceAge(w, now));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void memoisedReasonsEqualReasonsBuiltForEachRecord(long seed) {
        Random r = new Random(seed);
        Policy policy = PolicyPropertiesTest.randomPolicy(r);
        ReasonTexts shared = new ReasonTexts(policy);
        // ~3,000 records on ~1,500 intervals: repeats hit the memo, and the 1,024 slots must collide
        for (int i = 0; i < 3_000; i++) {
            int min = r.nextInt(300);
            Inv inv = Inv.id(i).key("in:p" + i).aged(min, min + r.nextInt(5)).resent(r.nextInt(3));
            if (r.nextBoolean()) {
                inv.noNote();
            }
            if (r.nextInt(4) == 0) {
                inv.keep();
            }
            if (r.nextInt(10) == 0) {
                inv.window(null);
            }
            InvitationRecord record = inv.build();
            Classification memo = Classifier.classify(record, shared, NOW, UTC);
            Classification fresh = Classifier.classify(record, policy, NOW, UTC);
            assertThat(memo).isEqualTo(fresh);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thePlanIsInPlanOrderAndEachSlotLandsOnItsRecord(long seed) {
        Random r = new Random(seed);
        List<Classification> all = new ArrayList<>();
        String[] keys = {"in:anna", "in:bruno", "in:carla", "in:dora", null};
        for (int i = 0; i < 400; i++) {
            int min = 21 + r.nextInt(6); // few ages, few keys: ties on every key before the id
            Status status = min + r.nextInt(2) >= 25 ? Status.OVERDUE : Status.STALE;
            boolean pending = r.nextInt(8) != 0;
            String key = keys[r.nextInt(keys.length)];
            all.add(new Classification(r.nextInt(1_000_000), key, "Person " + i,
                    pending ? InvitationState.PENDING : InvitationState.ACCEPTED, pending ? status : Status.ACCEPTED,
                    new AgeDays(min, min + r.nextInt(3)), r.nextBoolean(), List.of(), List.of(), 0,
                    key != null && r.nextInt(10) == 0, null, null)); // kept ones are listed by key
        }
        Classification[] planned = all.toArray(new Classification[0]);
        WithdrawalPlan plan = WithdrawalPlanner.planInPlace(planned, r.nextInt(5), Policy.defaults());

        List<Classification> expected = all.stream().filter(WithdrawalPlanner::isCandidate)
                .sorted(WithdrawalPlanner.PLAN_ORDER).toList();
        assertThat(plan.entries()).extracting(PlanEntry::id).containsExactlyElementsOf(
                expected.stream().map(Classification::id).toList());
        for (int i = 0; i < planned.length; i++) {
            Classification before = all.get(i);
            if (WithdrawalPlanner.isCandidate(before)) {
                PlanSlot slot = planned[i].plan();
                assertThat(slot).isNotNull();
                assertThat(plan.entries().get(slot.rank() - 1).id()).isEqualTo(before.id());
                assertThat(planned[i].withPlan(null)).isEqualTo(before);
            } else {
                assertThat(planned[i]).isSameAs(before);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sendCountsMatchTheCalendarDayAndAgeRules(long seed) {
        Random r = new Random(seed);
        // a zone with a 23-hour and a 25-hour day; "now" close to both changes and elsewhere
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Instant now = List.of(Instant.parse("2026-03-29T09:00:00Z"), Instant.parse("2026-10-25T22:30:00Z"), NOW)
                .get(r.nextInt(3)).plusSeconds(r.nextInt(86_400) - 43_200);
        CalendarDay today = CalendarDay.of(now, zone);
        HeadroomCalculator.SendCounts counts = new HeadroomCalculator.SendCounts(today);
        int[] expected = new int[4];
        for (int i = 0; i < 500; i++) {
            Instant latest = now.minusSeconds(r.nextInt(10 * 86_400) - 86_400L);
            SendWindow w = r.nextInt(10) == 0 ? null
                    : new SendWindow(latest.minusSeconds(r.nextInt(3 * 86_400)), latest);
            AgeDays age = SendAge.at(w, now);
            counts.add(w, age);
            if (w != null) {
                expected[0] += age.max() < HeadroomCalculator.WEEK_DAYS ? 1 : 0;
                expected[1] += age.min() < HeadroomCalculator.WEEK_DAYS ? 1 : 0;
                expected[2] += today.certainlyContains(w) ? 1 : 0;
                expected[3] += today.mayContain(w) ? 1 : 0;
            }
        }
        assertThat(new int[] {counts.lastWeek().min(), counts.lastWeek().max(), counts.today().min(),
                counts.today().max()}).as(Arrays.toString(expected)).containsExactly(expected);
        assertThat(expected[3]).as("some windows touch today").isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEngineGivesEveryRecordItsOwnPlannedVerdict(long seed) {
        // the whole path on a random history: each classification equals its record classified alone, plus its slot
        Random r = new Random(seed);
        Policy policy = PolicyPropertiesTest.randomPolicy(r);
        List<InvitationRecord> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int min = r.nextInt(200);
            Inv inv = Inv.id(i).key("in:p" + r.nextInt(200)).aged(min, min + r.nextInt(40)).resent(r.nextInt(3));
            if (r.nextBoolean()) {
                inv.noNote();
            }
            if (r.nextInt(4) == 0) {
                inv.keep();
            }
            switch (r.nextInt(8)) {
                case 0 -> inv.window(null);
                case 1 -> inv.withdrawn(NOW.minus(Duration.ofDays(min / 2)));
                case 2 -> inv.accepted(NOW.minus(Duration.ofDays(min / 2)));
                case 3 -> inv.closedUnknown(NOW.minus(Duration.ofDays(min / 2)));
                default -> { }
            }
            records.add(inv.build());
        }
        Evaluation ev = PolicyEngine.evaluateWithoutCurve(Inv.history(records), policy, NOW, UTC);
        assertThat(ev.plan().entries()).as("a plan to check").isNotEmpty();
        Map<Long, PlanSlot> slots = new java.util.HashMap<>();
        ev.plan().entries().forEach(e -> slots.put(e.id(), e.slot()));
        for (int i = 0; i < records.size(); i++) {
            Classification alone = Classifier.classify(records.get(i), policy, NOW, UTC);
            assertThat(ev.invitations().get(i)).isEqualTo(alone.withPlan(slots.get(alone.id())));
        }
    }
}
