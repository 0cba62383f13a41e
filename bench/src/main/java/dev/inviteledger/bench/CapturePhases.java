package dev.inviteledger.bench;

import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.CaptureInput;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.MergedCapture;
import dev.inviteledger.page.PageMarkup;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;
import dev.inviteledger.report.CapturePipeline;
import dev.inviteledger.report.OverlayAnswer;
import dev.inviteledger.report.ReportBuilder;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Where one capture's time and memory go in a resident agent: plays the days after the cached year, one capture
 * a day into the same open ledger (as a running agent receives them, then that day's withdrawals), and prints
 * each phase's median thread CPU time and bytes allocated over the second half of the days. The phases are
 * {@code CapturePipeline.ingestForOverlay}'s (parse, merge and history in one transaction, policy, the overlay's
 * answer) plus its JSON; "jsoup" is a bare parse of the same page, for reference.
 * {@code java -cp bench/target/benchmarks.jar dev.inviteledger.bench.CapturePhases [days]}
 */
public final class CapturePhases {
    private static final String[] PHASES = {"jsoup (ref.)", "parse", "merge+history", "policy", "report", "json"};
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CapturePhases() {}

    /** CPU nanoseconds and bytes allocated by this thread so far. */
    private record Mark(long cpu, long bytes) {
        static Mark now() {
            return new Mark(THREADS.getCurrentThreadCpuTime(), THREADS.getCurrentThreadAllocatedBytes());
        }
    }

    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int base = YearOfCaptures.DEFAULT_DAYS;
        YearOfCaptures year = YearOfCaptures.simulate(YearOfCaptures.DEFAULT_SEED, YearOfCaptures.DEFAULT_FIRST_CAPTURE,
                base + days, YearOfCaptures.DEFAULT_CAP);
        Path template = HistoryLedger.template(BenchFiles.dir(), year, base);
        Path work = HistoryLedger.copy(template, BenchFiles.dir().resolve("phases-work").resolve("ledger.sqlite"));
        SentPageParser parser = new SentPageParser();
        List<Mark[]> samples = new ArrayList<>();
        try (Ledger ledger = Ledger.openFile(work)) {
            for (YearOfCaptures.Day day : year.days().subList(base, base + days)) {
                String html = day.html();
                byte[] body = html.getBytes(StandardCharsets.UTF_8); // as the extension sends it
                Mark[] m = new Mark[PHASES.length + 1];
                m[0] = Mark.now();
                Jsoup.parse(html);
                m[1] = Mark.now();
                ParsedPage page = parser.parse(PageMarkup.utf8(body));
                m[2] = Mark.now();
                MergedCapture merged = ledger.mergeAndRead(new CaptureInput(HistoryLedger.ACCOUNT, day.capturedAt(),
                        HistoryLedger.SOURCE, YearOfCaptures.SENT_URL, page, null), day.capturedAt().minus(CapturePipeline.REPORT_HORIZON));
                m[3] = Mark.now();
                Evaluation evaluation = PolicyEngine.evaluateWithoutCurve(merged.history(), Policy.defaults(), day.capturedAt(),
                        HistoryLedger.ZONE);
                m[4] = Mark.now();
                OverlayAnswer answer = ReportBuilder.overlay(page, merged.merge(), evaluation); // the extension's view
                m[5] = Mark.now();
                Json.write(OutputStream.nullOutputStream(), answer);
                m[6] = Mark.now();
                samples.add(m);
                for (YearOfCaptures.Withdrawal w : day.withdrawalsAfter()) {
                    ledger.recordWithdrawal(HistoryLedger.ACCOUNT, w.key(), w.at(), "manual");
                }
            }
        }
        List<Mark[]> warm = samples.subList(samples.size() / 2, samples.size());
        StringBuilder out = new StringBuilder(String.format("capture of a day's page, medians over days %d-%d:%n  %-14s %9s %9s",
                days / 2 + 1, days, "phase", "CPU ms", "alloc MB"));
        for (int p = 0; p <= PHASES.length; p++) {
            int from = p == PHASES.length ? 1 : p;
            int to = p == PHASES.length ? PHASES.length : p + 1;
            out.append(String.format("%n  %-14s %9.2f %9.2f", p == PHASES.length ? "total" : PHASES[p],
                    Medians.of(warm, m -> m[to].cpu() - m[from].cpu()) / 1e6,
                    Medians.of(warm, m -> m[to].bytes() - m[from].bytes()) / 1e6));
        }
        System.out.println(out);
    }

}
