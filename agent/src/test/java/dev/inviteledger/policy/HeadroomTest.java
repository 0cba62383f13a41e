package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.ledger.WithdrawalRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadroomTest {

    private static Evaluation withPeopleCount(int pending, Policy p) {
        CaptureRecord c = Inv.capture(1, NOW.minus(Duration.ofHours(1)), 10, pending, false);
        return PolicyEngine.evaluate(Inv.history(List.of(), List.of(c), List.of()), p, NOW, UTC);
    }

    @ParameterizedTest(name = "{0} of 500 -> {1}, share {2}, headroom {3}, withdrawToWatch {4}")
    @CsvSource({
            "0, ok, 0.0, 500, 0",
            "299, ok, 0.598, 201, 0",
            "300, watch, 0.6, 200, 1",
            "399, watch, 0.798, 101, 100",
            "400, near-cap, 0.8, 100, 101",
            "499, near-cap, 0.998, 1, 200",
            "500, at-cap, 1.0, 0, 201",
            "650, at-cap, 1.3, -150, 351",
    })
    void levelsAtExactlySixtyEightyAndHundredPercent(int pending, String level, double share, int headroom, int toWatch) {
        Headroom h = withPeopleCount(pending, Policy.defaults()).headroom();
        assertThat(h.level().wireName()).isEqualTo(level);
        assertThat(h.share()).isEqualTo(share);
        assertThat(h.pendingHeadroom()).isEqualTo(headroom);
        assertThat(h.withdrawToWatch()).isEqualTo(toWatch);
        assertThat(h.pendingCap()).isEqualTo(500);
    }

    @ParameterizedTest(name = "cap {0}, watch {1}, near {2}, pending {3} -> {4}")
    @CsvSource({
            // decimals compare as written: 70 % of 100 is exactly 70, not 70.00000000000001
            "100, 0.7, 0.9, 69, ok",
            "100, 0.7, 0.9, 70, watch",
            "100, 0.7, 0.9, 90, near-cap",
            "700, 0.6, 0.8, 420, watch",
            "1500, 0.6, 0.8, 1199, watch",
            "1500, 0.6, 0.8, 1200, near-cap",
            "3, 0.34, 0.67, 1, ok",
            "3, 0.33, 0.66, 1, watch",
            "3, 0.33, 0.66, 2, near-cap",
            "3, 0.33, 0.66, 3, at-cap",
    })
    void levelsFollowTheConfiguredShares(int cap, double watch, double near, int pending, String level) {
        Policy p = Policy.fromMap(Map.of("pendingCap", cap, "watchAt", watch, "nearCapAt", near));
        assertThat(Level.of(pending, p).wireName()).isEqualTo(level);
    }

    @Test
    void withdrawToWatchAlsoHonoursDecimalShares() {
        Policy p = Policy.fromMap(Map.of("pendingCap", 100, "watchAt", 0.7, "nearCapAt", 0.9));
        assertThat(Level.withdrawalsToGetBelow(70, p.watchAt(), p.pendingCap())).isEqualTo(1);
        assertThat(Level.withdrawalsToGetBelow(69, p.watchAt(), p.pendingCap())).isZero();
        assertThat(Level.withdrawalsToGetBelow(75, 0.705, 100)).isEqualTo(5); // below 70.5 means 70
    }

    @Test
    void pendingComesFromTheLatestPeopleCountMinusLaterWithdrawals() {
        Instant t1 = NOW.minus(Duration.ofDays(2));
        Instant t2 = NOW.minus(Duration.ofDays(1));
        List<CaptureRecord> captures = List.of(
                Inv.capture(2, t2, 12, 320, false),
                Inv.capture(1, t1, 300, 300, true));
        List<WithdrawalRecord> ws = List.of(
                Inv.withdrawal(1, t2.minusSeconds(10), false),  // before the count: already in it
                Inv.withdrawal(2, t2.plusSeconds(10), false),
                Inv.withdrawal(3, t2.plusSeconds(20), false),
                Inv.withdrawal(4, t2.plusSeconds(30), true));   // undone
        Headroom h = PolicyEngine.evaluate(Inv.history(List.of(), captures, ws), Policy.defaults(), NOW, UTC).headroom();
        assertThat(h.pendingSource()).isEqualTo(PendingSource.PEOPLE_COUNT);
        assertThat(h.pendingAsOf()).isEqualTo(t2);
        assertThat(h.withdrawnSinceCapture()).isEqualTo(2);
        assertThat(h.pending()).isEqualTo(318);
    }

    @Test
    void withoutACountTheLatestCompleteCaptureIsUsed() {
        List<CaptureRecord> captures = List.of(
                Inv.capture(1, NOW.minus(Duration.ofDays(3)), 240, null, true),
                Inv.capture(2, NOW.minus(Duration.ofDays(1)), 40, null, false));
        Evaluation ev = PolicyEngine.evaluate(Inv.history(List.of(Inv.id(1).aged(3).build()), captures, List.of()),
                Policy.defaults(), NOW, UTC);
        assertThat(ev.headroom().pendingSource()).isEqualTo(PendingSource.COMPLETE_CAPTURE);
        assertThat(ev.headroom().pending()).isEqualTo(240);
        assertThat(ev.warnings()).noneMatch(w -> w.contains("lower bound"));
    }

    @Test
    void withoutACompleteCaptureTheLedgerGivesALowerBound() {
        List<InvitationRecord> invs = List.of(Inv.id(1).aged(3).build(), Inv.id(2).aged(30).build(),
                Inv.id(3).aged(30).withdrawn(NOW.minus(Duration.ofDays(1))).build());
        Evaluation incomplete = PolicyEngine.evaluate(Inv.history(invs,
                List.of(Inv.capture(1, NOW.minus(Duration.ofDays(1)), 2, null, false)), List.of()), Policy.defaults(), NOW, UTC);
        assertThat(incomplete.headroom().pendingSource()).isEqualTo(PendingSource.LEDGER);
        assertThat(incomplete.headroom().pending()).isEqualTo(2);
        assertThat(incomplete.headroom().pendingAsOf()).isNull();
        assertThat(incomplete.warnings()).contains("no complete capture yet: pending count is a lower bound");

        Evaluation none = PolicyEngine.evaluate(Inv.history(invs), Policy.defaults(), NOW, UTC);
        assertThat(none.warnings()).anyMatch(w -> w.startsWith("no capture yet"));
    }

    /** n invitations aged [min,max] at NOW, any state. */
    private static List<InvitationRecord> sends(int firstId, int n, int min, int max) {
        List<InvitationRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Inv.id(firstId + i).aged(min, max).build());
        }
        return out;
    }

    @Test
    void sentLast7DaysCountsCertainAndPossibleSendsOfEveryState() {
        List<InvitationRecord> invs = new ArrayList<>();
        invs.addAll(sends(1, 10, 0, 0));        // certainly this week
        invs.addAll(sends(100, 5, 6, 6));       // certainly (age 6 is inside the 7 days)
        invs.addAll(sends(200, 4, 7, 13));      // certainly not
        invs.addAll(sends(300, 3, 3, 9));       // maybe
        invs.add(Inv.id(400).aged(2).withdrawn(NOW).build());   // withdrawn, still a send this week
        invs.add(Inv.id(401).build());                           // unknown: not counted
        Headroom h = PolicyEngine.evaluate(Inv.history(invs), Policy.defaults(), NOW, UTC).headroom();
        assertThat(h.sentLast7Days()).isEqualTo(new Range(16, 19));
        assertThat(h.weeklyLimit()).isEqualTo(100);
        assertThat(h.weeklyHeadroom()).isEqualTo(new Range(81, 84));
        assertThat(h.overWeeklyLimit()).isEqualTo(Answer.NO);
    }

    @ParameterizedTest(name = "limit {0}: certain {1}, possible {2} -> headroom [{3},{4}], over {5}")
    @CsvSource({
            "20, 10, 5, 5, 10, no",
            "20, 15, 5, 0, 5, no",
            "20, 18, 5, -3, 2, maybe",
            "20, 25, 0, -5, -5, yes",
    })
    void weeklyHeadroomMayBeNegative(int limit, int certain, int possible, int hMin, int hMax, String over) {
        List<InvitationRecord> invs = new ArrayList<>(sends(1, certain, 1, 1));
        invs.addAll(sends(1000, possible, 5, 12));
        Evaluation ev = PolicyEngine.evaluate(Inv.history(invs), Policy.fromMap(Map.of("weeklyLimit", limit)), NOW, UTC);
        assertThat(ev.headroom().weeklyHeadroom()).isEqualTo(new Range(hMin, hMax));
        assertThat(ev.headroom().overWeeklyLimit().wireName()).isEqualTo(over);
        if (over.equals("yes")) {
            assertThat(ev.warnings()).contains("over the weekly limit: 25 sent in the last 7 days against 20");
        } else if (over.equals("maybe")) {
            assertThat(ev.warnings()).contains("possibly over the weekly limit: 18–23 sent in the last 7 days against 20");
        } else {
            assertThat(ev.warnings()).noneMatch(w -> w.contains("weekly"));
        }
    }

    private static SendWindow between(String earliest, String latest) {
        return new SendWindow(Instant.parse(earliest), Instant.parse(latest));
    }

    @Test
    void todaysPaceCountsSendsCertainlyAndPossiblyToday() {
        List<InvitationRecord> invs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {   // narrowed to today's morning
            invs.add(Inv.id(i).window(between("2026-11-22T06:00:00Z", "2026-11-22T09:00:00Z")).build());
        }
        for (int i = 100; i < 103; i++) { // "Sent today" at 09:00: since yesterday 09:00, maybe today
            invs.add(Inv.id(i).window(between("2026-11-21T09:00:00Z", "2026-11-22T09:00:00Z")).build());
        }
        // ends exactly at midnight: (…, 00:00] may be at 00:00 today
        invs.add(Inv.id(200).window(between("2026-11-21T20:00:00Z", "2026-11-22T00:00:00Z")).build());
        // opens exactly at midnight: (00:00, …] is certainly today
        invs.add(Inv.id(201).window(between("2026-11-22T00:00:00Z", "2026-11-22T01:00:00Z")).build());
        invs.add(Inv.id(300).aged(3).build());
        SendPace pace = PolicyEngine.evaluate(Inv.history(invs), Policy.defaults(), NOW, UTC).headroom().pace();
        assertThat(pace.sentToday()).isEqualTo(new Range(13, 17));
        assertThat(pace.inPeakBand()).isEqualTo(Answer.YES);
        assertThat(pace.note()).isEqualTo("sent today: 13–17, inside the 10–19/day band where acceptance peaks "
                + "(seed 000: 34 % at 10–19/day vs 30.6 % at 20–29/day)");
    }

    @ParameterizedTest(name = "sent today [{0},{1}] -> {2}")
    @CsvSource({"0, 0, no", "9, 9, no", "10, 10, yes", "19, 19, yes", "20, 20, no", "8, 12, maybe", "18, 22, maybe", "5, 25, maybe"})
    void peakBandIsTenToNineteen(int min, int max, String answer) {
        assertThat(Answer.inside(new Range(min, max), 10, 19).wireName()).isEqualTo(answer);
    }

    @Test
    void tooFewCandidatesToReachWatchIsAWarningAndDaysToWatchComesFromThePlan() {
        List<InvitationRecord> invs = sends(1, 120, 30, 30);
        CaptureRecord c = Inv.capture(1, NOW.minus(Duration.ofHours(1)), 120, 400, false);
        Evaluation ev = PolicyEngine.evaluate(Inv.history(invs, List.of(c), List.of()), Policy.defaults(), NOW, UTC);
        assertThat(ev.headroom().withdrawToWatch()).isEqualTo(101);
        assertThat(ev.headroom().daysToWatch()).isEqualTo(3);

        CaptureRecord full = Inv.capture(2, NOW.minus(Duration.ofMinutes(1)), 120, 500, false);
        Evaluation tooFew = PolicyEngine.evaluate(Inv.history(invs, List.of(c, full), List.of()), Policy.defaults(), NOW, UTC);
        assertThat(tooFew.headroom().withdrawToWatch()).isEqualTo(201);
        assertThat(tooFew.headroom().daysToWatch()).isNull();
        assertThat(tooFew.warnings()).contains("only 120 pending invitations are old enough to withdraw, but 201 "
                + "withdrawals are needed to get back under the watch level (60 % of 500)");

        assertThat(withPeopleCount(10, Policy.defaults()).headroom().daysToWatch()).isZero();
    }
}
