package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.ledger.WithdrawalRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The numbers docs/policy.md shows, computed by the engine, so the docs can not drift from the code. */
class WorkedExampleTest {
    private static final Path DOC = Path.of("..", "docs", "policy.md");

    @Test
    void daysToCloseOfOneInvitation() {
        // first seen "Sent 2 days ago" at 2026-10-03T09:00Z, missing from the complete capture of 2026-10-20T18:00Z
        Instant firstCapture = Instant.parse("2026-10-03T09:00:00Z");
        SendWindow w = Inv.window(firstCapture, 2, 2);
        assertThat(w).isEqualTo(new SendWindow(Instant.parse("2026-09-30T09:00:00Z"), Instant.parse("2026-10-01T09:00:00Z")));
        assertThat(SendAge.midpoint(w)).isEqualTo(Instant.parse("2026-09-30T21:00:00Z"));
        InvitationRecord r = Inv.id(1).window(w).firstSeen(firstCapture).closedUnknown(Instant.parse("2026-10-20T18:00:00Z")).build();
        assertThat(AcceptanceAnalyzer.daysToClose(r)).isEqualTo(19);
    }

    /** 40 closings: day -> how many. */
    static final int[][] CLOSINGS = {{1, 12}, {2, 8}, {3, 5}, {5, 4}, {8, 3}, {12, 2}, {16, 2}, {19, 1}, {26, 1}, {41, 1}, {75, 1}};

    static List<InvitationRecord> closings() {
        List<InvitationRecord> out = new ArrayList<>();
        long id = 1;
        Instant sent = NOW.minus(Duration.ofDays(150));
        for (int[] dc : CLOSINGS) {
            for (int i = 0; i < dc[1]; i++) {
                Instant latest = sent.plus(Duration.ofMinutes(id));
                out.add(Inv.id(id++).window(new SendWindow(latest.minus(Duration.ofHours(2)), latest))
                        .firstSeen(latest.plus(Duration.ofDays(1)))
                        .closedUnknown(latest.minus(Duration.ofHours(1)).plus(Duration.ofDays(dc[0]))).build());
            }
        }
        return out;
    }

    @Test
    void acceptanceCurveExample() {
        AcceptanceCurve c = PolicyEngine.evaluate(Inv.history(closings()), Policy.defaults(), NOW, UTC).acceptance();
        assertThat(c.closings()).isEqualTo(40);
        assertThat(c.quantileDay()).isEqualTo(26);
        assertThat(c.recommendedWithdrawAfterDays()).isEqualTo(26);
        assertThat(c.message()).isEqualTo("95 % of your 40 closings happened within 26 days of sending: "
                + "recommended withdrawAfterDays 26 (you use 21)");
        assertThat(c.distribution()).extracting(AcceptanceCurve.DayCount::cumulativeShare)
                .containsExactly(0.3, 0.5, 0.625, 0.725, 0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 1.0);

        AcceptanceCurve q90 = PolicyEngine.evaluate(Inv.history(closings()),
                Policy.fromMap(Map.of("acceptanceQuantile", 0.9)), NOW, UTC).acceptance();
        assertThat(q90.quantileDay()).isEqualTo(16);
        AcceptanceCurve q99 = PolicyEngine.evaluate(Inv.history(closings()),
                Policy.fromMap(Map.of("acceptanceQuantile", 0.99)), NOW, UTC).acceptance();
        assertThat(q99.quantileDay()).isEqualTo(75);
        assertThat(q99.recommendedWithdrawAfterDays()).isEqualTo(30);
    }

    @Test
    void headroomAndPlanExample() {
        List<InvitationRecord> invs = new ArrayList<>();
        for (int i = 1; i <= 130; i++) {
            invs.add(Inv.id(i).aged(25 + i % 40).build());
        }
        for (int i = 0; i < 64; i++) {
            invs.add(Inv.id(1000 + i).aged(i % 7).build());
        }
        for (int i = 0; i < 12; i++) {
            invs.add(Inv.id(2000 + i).aged(5, 11).build());
        }
        CaptureRecord people = Inv.capture(1, NOW.minus(Duration.ofHours(2)), 25, 440, false);
        List<WithdrawalRecord> today = IntStream.range(0, 20)
                .mapToObj(i -> Inv.withdrawal(i, NOW.minus(Duration.ofMinutes(90 - i)), false)).toList();
        Evaluation ev = PolicyEngine.evaluate(Inv.history(invs, List.of(people), today), Policy.defaults(), NOW, UTC);
        Headroom h = ev.headroom();
        assertThat(h.pending()).isEqualTo(420);
        assertThat(h.withdrawnSinceCapture()).isEqualTo(20);
        assertThat(h.share()).isEqualTo(0.84);
        assertThat(h.level()).isEqualTo(Level.NEAR_CAP);
        assertThat(h.withdrawToWatch()).isEqualTo(121);
        assertThat(h.daysToWatch()).isEqualTo(3);
        assertThat(h.sentLast7Days()).isEqualTo(new Range(64, 76));
        assertThat(h.weeklyHeadroom()).isEqualTo(new Range(24, 36));
        assertThat(ev.plan().today()).isEqualTo(new Today(20, 30, 50));
        assertThat(ev.plan().batches()).isEqualTo(3);
        assertThat(ev.plan().entries().stream().filter(e -> e.batch() == 2).count()).isEqualTo(50);
        assertThat(ev.plan().entries().stream().filter(e -> e.batch() == 3).count()).isEqualTo(50);
    }

    @Test
    void theDocListsEverySettingWithItsDefaultRangeAndSource() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (PolicyField f : PolicyField.values()) {
            String row = doc.lines().filter(l -> l.startsWith("| `" + f.key() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/policy.md has no table row for " + f.key()));
            assertThat(row).as(f.key()).contains("| " + PolicyField.format(f.defaultValue()) + " |",
                    PolicyField.format(f.min()) + "–" + PolicyField.format(f.max()), f.source());
        }
    }
}
