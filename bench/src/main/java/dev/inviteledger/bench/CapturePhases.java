package dev.inviteledger.bench;

import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.CaptureInput;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.MergedCapture;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;
import dev.inviteledger.report.CaptureReport;
import dev.inviteledger.report.ReportBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Where one capture's time goes in a resident agent: plays the days after the cached year, one capture a day
 * into the same open ledger (as a running agent receives them), and prints each phase's median thread CPU time
 * over the second half of the days. The same steps as {@code CapturePipeline.ingest} plus the JSON answer.
 * {@code java -cp bench/target/benchmarks.jar dev.inviteledger.bench.CapturePhases [days]}
 */
public final class CapturePhases {
    private static final String[] PHASES = {"jsoup", "parse", "merge+history", "(in merge)", "policy", "report", "json", "total"};

    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int base = YearOfCaptures.DEFAULT_DAYS;
        YearOfCaptures year = YearOfCaptures.simulate(YearOfCaptures.DEFAULT_SEED, YearOfCaptures.DEFAULT_FIRST_CAPTURE,
                base + days, YearOfCaptures.DEFAULT_CAP);
        Path template = HistoryLedger.template(BenchFiles.dir(), year, base);
        Path work = HistoryLedger.copy(template, BenchFiles.dir().resolve("phases-work").resolve("ledger.sqlite"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        SentPageParser parser = new SentPageParser();
        List<long[]> samples = new ArrayList<>();
        try (Ledger ledger = Ledger.openFile(work)) {
            for (YearOfCaptures.Day day : year.days().subList(base, base + days)) {
                String html = day.html();
                long[] t = new long[PHASES.length];
                long s = cpu.getCurrentThreadCpuTime();
                Jsoup.parse(html);
                long start = cpu.getCurrentThreadCpuTime();
                t[0] = start - s;
                ParsedPage page = parser.parse(html);
                t[1] = cpu.getCurrentThreadCpuTime();
                MergedCapture merged = ledger.mergeAndRead(new CaptureInput(HistoryLedger.ACCOUNT, day.capturedAt(),
                        HistoryLedger.SOURCE, YearOfCaptures.SENT_URL, page, null), day.capturedAt().minus(Duration.ofDays(8)));
                t[2] = cpu.getCurrentThreadCpuTime();
                t[3] = t[2];
                Evaluation evaluation = PolicyEngine.evaluate(merged.history(), Policy.defaults(), day.capturedAt(), HistoryLedger.ZONE);
                t[4] = cpu.getCurrentThreadCpuTime();
                CaptureReport report = ReportBuilder.build(page, merged.merge(), evaluation);
                t[5] = cpu.getCurrentThreadCpuTime();
                try {
                    Json.mapper().writeValueAsBytes(report);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                t[6] = cpu.getCurrentThreadCpuTime();
                long[] d = new long[PHASES.length];
                d[0] = t[0];
                long prev = start;
                for (int i = 1; i <= 6; i++) {
                    d[i] = t[i] - prev;
                    prev = t[i];
                }
                d[7] = t[6] - start;
                samples.add(d);
                for (YearOfCaptures.Withdrawal w : day.withdrawalsAfter()) {
                    ledger.recordWithdrawal(HistoryLedger.ACCOUNT, w.key(), w.at(), "manual");
                }
            }
        }
        List<long[]> warm = samples.subList(samples.size() / 2, samples.size());
        StringBuilder out = new StringBuilder("median thread CPU per capture, days " + (days / 2 + 1) + "-" + days + ":");
        for (int p = 0; p < PHASES.length; p++) {
            final int phase = p;
            long[] v = warm.stream().mapToLong(d -> d[phase]).sorted().toArray();
            out.append(String.format("%n  %-14s %7.2f ms", PHASES[p], v[v.length / 2] / 1e6));
        }
        System.out.println(out);
    }

    private CapturePhases() {}
}
