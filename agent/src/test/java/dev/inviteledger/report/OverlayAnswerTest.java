package dev.inviteledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import dev.inviteledger.policy.Policy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The overlay's answer is the full report cut to nine fields per row: two ledgers fed the same days of captures,
 * pins and withdrawals, one answered with the report and one with the overlay view, agree on every shared value.
 */
class OverlayAnswerTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final String URL = "https://www.linkedin.com/mynetwork/invitation-manager/sent/";
    private static final String ACCOUNT = "me@example.com";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyDayTheOverlayViewEqualsTheReportCut(long seed) {
        Random random = new Random(seed);
        Policy policy = Policy.defaults();
        try (Ledger reportLedger = Ledger.inMemory(); Ledger overlayLedger = Ledger.inMemory()) {
            CapturePipeline reports = new CapturePipeline(reportLedger, new SentPageParser(), () -> policy, ZONE);
            CapturePipeline overlays = new CapturePipeline(overlayLedger, new SentPageParser(), () -> policy, ZONE);
            List<SyntheticInvitation> pending = new ArrayList<>();
            Instant day = Instant.parse("2026-06-01T08:00:00Z");
            int next = 0;
            for (int d = 0; d < 40; d++, day = day.plus(Duration.ofDays(1))) {
                pending.replaceAll(i -> new SyntheticInvitation(i.name(), i.slug(), i.headline(), i.ageDays() + 1, i.note()));
                for (int n = random.nextInt(6); n > 0; n--, next++) {
                    pending.add(new SyntheticInvitation("Person " + next, "person-" + next, "Role " + next, 0,
                            random.nextInt(3) == 0 ? "Hello!" : null));
                }
                pending.removeIf(i -> random.nextInt(25) == 0); // accepted or declined
                String html = SyntheticSentPage.render(List.copyOf(pending), pending.size(), false);
                CapturePipeline.Capture capture = new CapturePipeline.Capture(ACCOUNT, day, "replay", URL, html, null);

                CaptureReport report = reports.ingest(capture);
                OverlayAnswer overlay = overlays.ingestForOverlay(capture);
                assertThat(overlay).as("day %d", d).isEqualTo(cut(report));

                if (!pending.isEmpty() && random.nextInt(4) == 0) {
                    String key = "in:" + pending.get(random.nextInt(pending.size())).slug();
                    boolean keep = random.nextBoolean();
                    reportLedger.setKeep(ACCOUNT, key, keep);
                    overlayLedger.setKeep(ACCOUNT, key, keep);
                }
                if (pending.size() > 3 && random.nextInt(3) == 0) {
                    SyntheticInvitation gone = pending.remove(0);
                    Instant at = day.plus(Duration.ofHours(2));
                    reportLedger.recordWithdrawal(ACCOUNT, "in:" + gone.slug(), at, "manual");
                    overlayLedger.recordWithdrawal(ACCOUNT, "in:" + gone.slug(), at, "manual");
                }
            }
            assertThat(next).isPositive();
        }
    }

    /** The report's values in the overlay's shape, written independently of {@link ReportBuilder#overlay}. */
    private static OverlayAnswer cut(CaptureReport r) {
        List<OverlayAnswer.Row> rows = r.invitations().stream()
                .map(i -> new OverlayAnswer.Row(i.key(), i.name(), i.status(), i.ageDays(), i.hasNote(),
                        i.resendCount(), i.keep(), i.plan()))
                .toList();
        return new OverlayAnswer(r.capturedAt(), r.account(), r.coverage(), rows, r.headroom(), r.today(), r.warnings());
    }
}
