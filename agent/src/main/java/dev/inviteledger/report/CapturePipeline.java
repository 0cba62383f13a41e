package dev.inviteledger.report;

import dev.inviteledger.ledger.CaptureInput;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.MergedCapture;
import dev.inviteledger.page.PageMarkup;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one path a capture takes, whether the extension posted it or a tester replays a saved page:
 * parse → merge into the ledger (committed) → evaluate the policy on the history → report.
 */
public final class CapturePipeline {
    /** History older than this cannot change a capture's answer (7-day send window plus today). */
    public static final Duration REPORT_HORIZON = Duration.ofDays(8);

    private final Ledger ledger;
    private final SentPageParser parser;
    private final Supplier<Policy> policy;
    private final ZoneId zone;

    public CapturePipeline(Ledger ledger, SentPageParser parser, Supplier<Policy> policy, ZoneId zone) {
        this.ledger = Objects.requireNonNull(ledger);
        this.parser = Objects.requireNonNull(parser);
        this.policy = Objects.requireNonNull(policy);
        this.zone = Objects.requireNonNull(zone);
    }

    /** A captured page, as the extension or a fixture file provides it. */
    public record Capture(String account, Instant capturedAt, String source, String url, PageMarkup page,
                          Boolean complete) {
        public Capture(String account, Instant capturedAt, String source, String url, String html, Boolean complete) {
            this(account, capturedAt, source, url, PageMarkup.of(html), complete);
        }
    }

    public CaptureReport ingest(Capture capture) {
        Ingested i = run(capture);
        return ReportBuilder.build(i.page(), i.merged().merge(), i.evaluation());
    }

    /** The same ingest answered with only what the overlay draws (no hints or per-row texts to build). */
    public OverlayAnswer ingestForOverlay(Capture capture) {
        Ingested i = run(capture);
        return ReportBuilder.overlay(i.page(), i.merged().merge(), i.evaluation());
    }

    private record Ingested(ParsedPage page, MergedCapture merged, Evaluation evaluation) {}

    private Ingested run(Capture capture) {
        ParsedPage page = parser.parse(capture.page());
        // The answer is as of the capture: a replayed page reads the same as it did live.
        Instant at = capture.capturedAt();
        MergedCapture merged = ledger.mergeAndRead(new CaptureInput(capture.account(), at, capture.source(),
                capture.url(), page, capture.complete()), at.minus(REPORT_HORIZON));
        Evaluation evaluation = PolicyEngine.evaluateWithoutCurve(merged.history(), policy.get(), at, zone);
        return new Ingested(page, merged, evaluation);
    }
}
