package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.SendWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptanceCurveTest {
    private static final Instant SENT = NOW.minus(Duration.ofDays(200));

    /** Sent within the hour before SENT (+id minutes), first seen a day later, closed {@code days} days after sending. */
    private static Inv closing(long id, int days, boolean accepted) {
        Instant latest = SENT.plus(Duration.ofMinutes(id));
        Inv inv = Inv.id(id).window(new SendWindow(latest.minus(Duration.ofHours(1)), latest))
                .firstSeen(latest.plus(Duration.ofDays(1)));
        Instant closedAt = latest.plus(Duration.ofDays(days));
        return accepted ? inv.accepted(closedAt) : inv.closedUnknown(closedAt);
    }

    private static List<InvitationRecord> closings(int... days) {
        List<InvitationRecord> out = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            out.add(closing(i + 1, days[i], i % 3 == 0).build());
        }
        return out;
    }

    private static AcceptanceCurve curve(List<InvitationRecord> invs, Policy p) {
        return PolicyEngine.evaluate(Inv.history(invs), p, NOW, UTC).acceptance();
    }

    @Test
    void fewerThanThirtyClosingsKeepTheConfiguredValue() {
        AcceptanceCurve c = curve(closings(IntStream.range(0, 29).toArray()), Policy.fromMap(Map.of("withdrawAfterDays", 14)));
        assertThat(c.closings()).isEqualTo(29);
        assertThat(c.fromHistory()).isFalse();
        assertThat(c.quantileDay()).isNull();
        assertThat(c.recommendedWithdrawAfterDays()).isEqualTo(14);
        assertThat(c.message()).isEqualTo("only 29 closings watched from their first week (30 needed): keeping withdrawAfterDays at 14");
        assertThat(c.minimumClosings()).isEqualTo(30);
    }

    @Test
    void thirtyClosingsGiveARecommendation() {
        // days 0..29: the 95 % quantile is the ⌈28.5⌉ = 29th smallest, day 28
        AcceptanceCurve c = curve(closings(IntStream.range(0, 30).toArray()), Policy.defaults());
        assertThat(c.closings()).isEqualTo(30);
        assertThat(c.accepted()).isEqualTo(10);
        assertThat(c.closedUnknown()).isEqualTo(20);
        assertThat(c.fromHistory()).isTrue();
        assertThat(c.quantileDay()).isEqualTo(28);
        assertThat(c.recommendedWithdrawAfterDays()).isEqualTo(28);
        assertThat(c.message()).isEqualTo("95 % of your 30 closings happened within 28 days of sending: "
                + "recommended withdrawAfterDays 28 (you use 21)");
        assertThat(c.distribution()).hasSize(30);
        assertThat(c.distribution().get(0)).isEqualTo(new AcceptanceCurve.DayCount(0, 1, 0.0333));
        assertThat(c.distribution().get(29)).isEqualTo(new AcceptanceCurve.DayCount(29, 1, 1.0));
    }

    @ParameterizedTest(name = "{0} closings at {1} days (rest at day 1) -> quantile day {2}, recommended {3}")
    @CsvSource({
            // everything closes within 2 days: clamped up to 7
            "40, 2, 2, 7",
            // everything closes at 45 days: clamped down to 30
            "40, 45, 45, 30",
            "40, 30, 30, 30",
            "40, 7, 7, 7",
            "40, 12, 12, 12",
    })
    void theRecommendationIsClampedToSevenAndThirty(int n, int day, int quantileDay, int recommended) {
        int[] days = new int[n];
        java.util.Arrays.fill(days, day);
        days[0] = 1;
        AcceptanceCurve c = curve(closings(days), Policy.defaults());
        assertThat(c.quantileDay()).isEqualTo(quantileDay);
        assertThat(c.recommendedWithdrawAfterDays()).isEqualTo(recommended);
        if (recommended != quantileDay) {
            assertThat(c.message()).contains("(kept within 7–30)");
        }
    }

    @Test
    void theQuantileFollowsThePolicy() {
        int[] days = IntStream.rangeClosed(1, 40).toArray(); // 1..40
        assertThat(curve(closings(days), Policy.fromMap(Map.of("acceptanceQuantile", 0.5))).quantileDay()).isEqualTo(20);
        assertThat(curve(closings(days), Policy.fromMap(Map.of("acceptanceQuantile", 0.7))).quantileDay()).isEqualTo(28);
        assertThat(curve(closings(days), Policy.fromMap(Map.of("acceptanceQuantile", 0.7, "withdrawAfterDays", 28)))
                .message()).endsWith("recommended withdrawAfterDays 28, the value you use");
    }

    @ParameterizedTest(name = "q {0} of {1} -> index {2}")
    @CsvSource({"0.95, 30, 28", "0.95, 20, 18", "0.95, 1, 0", "0.5, 2, 0", "0.5, 3, 1", "0.9, 10, 8", "0.99, 100, 98", "0.99, 101, 99"})
    void quantileIndexIsTheCeilingOrderStatistic(double q, int n, int index) {
        assertThat(AcceptanceAnalyzer.quantileIndex(q, n)).isEqualTo(index);
    }

    @Test
    void withdrawnUndatedAndLateSeenClosingsAreLeftOutAndCounted() {
        List<InvitationRecord> invs = new ArrayList<>(closings(5, 6));
        invs.add(Inv.id(100).aged(30).withdrawn(NOW.minus(Duration.ofDays(1))).build());
        invs.add(Inv.id(101).closedUnknown(NOW).build());                            // no send window
        invs.add(Inv.id(102).window(Inv.window(NOW.minus(Duration.ofDays(20)), 14, 20))
                .firstSeen(NOW.minus(Duration.ofDays(20))).closedUnknown(NOW).build()); // first seen 2–3 weeks old
        invs.add(Inv.id(103).aged(3).build());                                        // pending: not a closing
        AcceptanceCurve c = curve(invs, Policy.defaults());
        assertThat(c.closings()).isEqualTo(2);
        assertThat(c.excluded()).isEqualTo(new AcceptanceCurve.Exclusions(1, 1, 1));
    }

    @Test
    void daysToCloseAreMeasuredFromTheMidpointOfTheSendWindow() {
        // sent somewhere in the 7 days before T (midpoint T − 3.5 d), closed at T + 10 d: 13.5 -> day 13
        Instant t = NOW.minus(Duration.ofDays(50));
        InvitationRecord r = Inv.id(1).window(new SendWindow(t.minus(Duration.ofDays(7)), t)).firstSeen(t)
                .closedUnknown(t.plus(Duration.ofDays(10))).build();
        assertThat(AcceptanceAnalyzer.daysToClose(r)).isEqualTo(13);
    }

    private static SendWindow onDay(String date, int minute) {
        Instant latest = Instant.parse(date + "T09:00:00Z").plusSeconds(minute * 60L);
        return new SendWindow(latest.minus(Duration.ofHours(1)), latest);
    }

    @Test
    void acceptanceByPaceOfTheDayOfSending() {
        List<InvitationRecord> invs = new ArrayList<>();
        long id = 1;
        // 2026-10-01: 12 sends (band 10–19): 4 accepted, 3 closed-unknown, 2 withdrawn, 3 pending (52 days old)
        for (int i = 0; i < 12; i++) {
            Inv inv = Inv.id(id++).window(onDay("2026-10-01", i));
            if (i < 4) {
                inv.accepted(NOW.minus(Duration.ofDays(40)));
            } else if (i < 7) {
                inv.closedUnknown(NOW.minus(Duration.ofDays(30)));
            } else if (i < 9) {
                inv.withdrawn(NOW.minus(Duration.ofDays(20)));
            }
            invs.add(inv.build());
        }
        // 2026-10-02: 25 sends (band 20–29): 5 accepted, 20 closed-unknown
        for (int i = 0; i < 25; i++) {
            Inv inv = Inv.id(id++).window(onDay("2026-10-02", i));
            invs.add((i < 5 ? inv.accepted(NOW.minus(Duration.ofDays(40))) : inv.closedUnknown(NOW.minus(Duration.ofDays(30)))).build());
        }
        // 2026-11-20: 3 sends (band 0–9): 1 accepted, 2 pending and only 2 days old (no answer expected yet)
        invs.add(Inv.id(id++).window(onDay("2026-11-20", 0)).accepted(NOW).build());
        invs.add(Inv.id(id++).window(onDay("2026-11-20", 1)).build());
        invs.add(Inv.id(id++).window(onDay("2026-11-20", 2)).build());
        // not placeable on one day: spans midnight, or no date at all
        invs.add(Inv.id(id++).window(new SendWindow(Instant.parse("2026-10-01T20:00:00Z"),
                Instant.parse("2026-10-02T04:00:00Z"))).build());
        invs.add(Inv.id(id++).build());
        // a window ending exactly at midnight spans two days: (23:00, 00:00] includes the 3rd's first instant
        invs.add(Inv.id(id++).window(new SendWindow(Instant.parse("2026-10-02T23:00:00Z"),
                Instant.parse("2026-10-03T00:00:00Z"))).build());

        AcceptanceCurve c = curve(invs, Policy.defaults());
        assertThat(c.paceExcluded()).isEqualTo(3);
        assertThat(c.paceNote()).contains("3 invitations are left out");
        assertThat(c.publishedSource()).contains("34 %", "30.6 %", "seed 000");
        assertThat(c.byPace()).extracting(AcceptanceCurve.BandRate::band)
                .containsExactly(PaceBand.LOW, PaceBand.PEAK, PaceBand.BRISK, PaceBand.HIGH);

        AcceptanceCurve.BandRate low = c.byPace().get(0);
        assertThat(low).isEqualTo(new AcceptanceCurve.BandRate(PaceBand.LOW, 1, 3, 1, 1, 0,
                new AcceptanceCurve.Rate(1.0, 1.0), null));
        AcceptanceCurve.BandRate peak = c.byPace().get(1);
        assertThat(peak).isEqualTo(new AcceptanceCurve.BandRate(PaceBand.PEAK, 1, 12, 12, 4, 3,
                new AcceptanceCurve.Rate(0.3333, 0.5833), 0.34));
        AcceptanceCurve.BandRate brisk = c.byPace().get(2);
        assertThat(brisk).isEqualTo(new AcceptanceCurve.BandRate(PaceBand.BRISK, 1, 25, 25, 5, 20,
                new AcceptanceCurve.Rate(0.2, 1.0), 0.306));
        AcceptanceCurve.BandRate high = c.byPace().get(3);
        assertThat(high).isEqualTo(new AcceptanceCurve.BandRate(PaceBand.HIGH, 0, 0, 0, 0, 0, null, null));
    }

    @ParameterizedTest(name = "{0} sends a day -> {1}")
    @CsvSource({"0, 0-9", "9, 0-9", "10, 10-19", "19, 10-19", "20, 20-29", "29, 20-29", "30, 30+", "500, 30+"})
    void paceBands(int sent, String band) {
        assertThat(PaceBand.of(sent).label()).isEqualTo(band);
    }
}
