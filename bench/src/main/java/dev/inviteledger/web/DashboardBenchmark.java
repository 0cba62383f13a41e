package dev.inviteledger.web;

import dev.inviteledger.bench.BenchFiles;
import dev.inviteledger.bench.HistoryLedger;
import dev.inviteledger.bench.YearOfCaptures;
import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.AccountSummary;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.SignalRecord;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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
 * The dashboard of an account with a year of daily captures, built the way {@code StatusPages.dashboard} builds
 * it (ledger read, policy on the whole history, view model, jte template) but without HTTP. In the web package
 * because the page's builders are package-private; {@code bench/run.sh dashboard} measures the same over HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DashboardBenchmark {
    private static final ZoneId ZONE = HistoryLedger.ZONE;

    private Ledger ledger;
    private Instant now;
    private final Templates templates = new Templates();

    @Setup(Level.Trial)
    public void openYear() {
        YearOfCaptures year = YearOfCaptures.simulate();
        Path template = HistoryLedger.template(BenchFiles.dir(), year, YearOfCaptures.DEFAULT_DAYS);
        Path copy = HistoryLedger.copy(template, BenchFiles.dir().resolve("dashboard-work").resolve("ledger.sqlite"));
        ledger = Ledger.openFile(copy);
        now = year.days().get(year.days().size() - 1).capturedAt().plusSeconds(3600);
    }

    @TearDown(Level.Trial)
    public void close() {
        ledger.close();
    }

    /** GET / minus HTTP: snapshot (read + evaluate), view, template. */
    @Benchmark
    public String renderDashboard() {
        Snapshot s = snapshot();
        Chrome chrome = Chrome.of("Dashboard", "dashboard", s.accounts(), s.account(), "csrf-token", null, ZONE.getId(), true);
        List<SignalRecord> signals = ledger.recentSignals(s.account(), now.minus(Duration.ofDays(30)));
        return templates.render("dashboard.jte", DashboardPage.build(chrome, s, signals));
    }

    /** The view model and template only, from a snapshot taken once: what the page adds to the policy. */
    @State(Scope.Benchmark)
    public static class Taken {
        Snapshot snapshot;
        Chrome chrome;

        @Setup(Level.Trial)
        public void take(DashboardBenchmark b) {
            snapshot = b.snapshot();
            chrome = Chrome.of("Dashboard", "dashboard", snapshot.accounts(), snapshot.account(), "csrf-token", null,
                    ZONE.getId(), true);
        }
    }

    @Benchmark
    public String viewAndTemplateOnly(Taken t) {
        return templates.render("dashboard.jte", DashboardPage.build(t.chrome, t.snapshot, List.of()));
    }

    Snapshot snapshot() {
        List<AccountSummary> accounts = ledger.accounts();
        String account = Snapshot.choose(null, accounts);
        Policy policy = Policy.defaults();
        AccountHistory history = ledger.history(account);
        Evaluation evaluation = PolicyEngine.evaluate(history, policy, now, ZONE);
        return new Snapshot(new Fmt(ZONE, now), accounts, account, policy, history, evaluation);
    }
}
