package dev.inviteledger.bench.jmh;

import dev.inviteledger.bench.BenchFiles;
import dev.inviteledger.bench.HistoryLedger;
import dev.inviteledger.bench.YearOfCaptures;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.report.CapturePipeline;
import dev.inviteledger.report.CaptureReport;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * A day-366 capture (a complete Sent page of 1,500 rows) into a ledger file already holding a year of daily
 * captures: {@link CapturePipeline#ingest} (parse, merge, commit, history read, policy, report) and the JSON
 * answer the HTTP route writes. Every invocation starts from a fresh copy of the year's ledger, so each one
 * merges the same new day (new sends, closings, changed age texts) rather than a repeat of itself.
 * The bare jsoup parse of the very same page is here too, for the ratio the budget sets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class IngestBenchmark {
    private Path template;
    private Path work;
    private CapturePipeline.Capture capture;
    private Ledger ledger;
    private CapturePipeline pipeline;

    @Setup(Level.Trial)
    public void buildYear() {
        YearOfCaptures year = YearOfCaptures.simulate(YearOfCaptures.DEFAULT_SEED, YearOfCaptures.DEFAULT_FIRST_CAPTURE,
                YearOfCaptures.DEFAULT_DAYS + 1, YearOfCaptures.DEFAULT_CAP);
        template = HistoryLedger.template(BenchFiles.dir(), year, YearOfCaptures.DEFAULT_DAYS);
        YearOfCaptures.Day next = year.days().get(YearOfCaptures.DEFAULT_DAYS);
        if (next.rows().size() != YearOfCaptures.DEFAULT_CAP) {
            throw new IllegalStateException("day 366 has " + next.rows().size() + " rows, not " + YearOfCaptures.DEFAULT_CAP);
        }
        capture = HistoryLedger.capture(next);
        work = BenchFiles.dir().resolve("ingest-work").resolve("ledger.sqlite");
    }

    @Setup(Level.Invocation)
    public void freshLedger() {
        HistoryLedger.copy(template, work);
        ledger = Ledger.openFile(work);
        pipeline = HistoryLedger.pipeline(ledger);
    }

    @TearDown(Level.Invocation)
    public void closeLedger() {
        ledger.close();
    }

    /** What POST /api/v1/captures does between reading the body and writing the answer. */
    @Benchmark
    public byte[] ingestAndAnswer() throws Exception {
        CaptureReport report = pipeline.ingest(capture);
        return Json.mapper().writeValueAsBytes(report);
    }

    /** The reference for the 2.5 × budget: the same page, bare jsoup (the fresh ledger copy is not used). */
    @Benchmark
    public Document jsoupParseOfSamePage() {
        return Jsoup.parse(capture.html());
    }
}
