package dev.inviteledger.bench.jmh;

import dev.inviteledger.bench.BenchFiles;
import dev.inviteledger.bench.HistoryLedger;
import dev.inviteledger.bench.YearOfCaptures;
import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.CaptureInput;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;
import dev.inviteledger.report.CapturePipeline;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plan computation on a year-long history: {@link PolicyEngine#evaluate} on the account's whole history
 * (every invitation of the year, every capture and withdrawal), and the same preceded by the ledger read
 * that the summary route and the status pages do; and the policy step of a capture: the 8-day history the next
 * day's merge returns, evaluated without the acceptance curve as {@code CapturePipeline} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {
    private Ledger ledger;
    private AccountHistory history;
    private Instant now;
    private AccountHistory captureHistory;
    private Instant captureAt;
    private final Policy policy = Policy.defaults();

    @Setup(Level.Trial)
    public void openYear() {
        YearOfCaptures year = YearOfCaptures.simulate(YearOfCaptures.DEFAULT_SEED, YearOfCaptures.DEFAULT_FIRST_CAPTURE,
                YearOfCaptures.DEFAULT_DAYS, YearOfCaptures.DEFAULT_CAP);
        Path template = HistoryLedger.template(BenchFiles.dir(), year, YearOfCaptures.DEFAULT_DAYS);
        Path copy = HistoryLedger.copy(template, BenchFiles.dir().resolve("plan-work").resolve("ledger.sqlite"));
        ledger = Ledger.openFile(copy);
        history = ledger.history(HistoryLedger.ACCOUNT);
        // an hour after the last capture: the user looks at the plan that morning
        now = year.days().get(year.days().size() - 1).capturedAt().plusSeconds(3600);

        YearOfCaptures next = YearOfCaptures.simulate(YearOfCaptures.DEFAULT_SEED, YearOfCaptures.DEFAULT_FIRST_CAPTURE,
                YearOfCaptures.DEFAULT_DAYS + 1, YearOfCaptures.DEFAULT_CAP);
        YearOfCaptures.Day day = next.days().get(YearOfCaptures.DEFAULT_DAYS);
        captureAt = day.capturedAt();
        Path captureCopy = HistoryLedger.copy(template, BenchFiles.dir().resolve("plan-capture").resolve("ledger.sqlite"));
        try (Ledger l = Ledger.openFile(captureCopy)) {
            captureHistory = l.mergeAndRead(new CaptureInput(HistoryLedger.ACCOUNT, captureAt, HistoryLedger.SOURCE,
                    YearOfCaptures.SENT_URL, new SentPageParser().parse(day.html()), null), captureAt.minus(CapturePipeline.REPORT_HORIZON))
                    .history();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        ledger.close();
    }

    @Benchmark
    public Evaluation evaluateYear() {
        return PolicyEngine.evaluate(history, policy, now, HistoryLedger.ZONE);
    }

    /** The policy step of a capture (what {@code CapturePipeline} runs after the merge). */
    @Benchmark
    public Evaluation evaluateCapture() {
        return PolicyEngine.evaluateWithoutCurve(captureHistory, policy, captureAt, HistoryLedger.ZONE);
    }

    @Benchmark
    public Evaluation readAndEvaluateYear() {
        return PolicyEngine.evaluate(ledger.history(HistoryLedger.ACCOUNT), policy, now, HistoryLedger.ZONE);
    }
}
