package dev.inviteledger.bench.jmh;

import dev.inviteledger.bench.SentPages;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.SentPageParser;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor and its reference: the product's parser on a generated Sent page (mixed ages and notes, current
 * markup), and a bare {@code Jsoup.parse} of the same string — the work no parser of this page can skip.
 * {@code -p rows=100,1500,5000} for the other sizes. On a busy machine, {@link dev.inviteledger.bench.ParseCpu} measures
 * the same two in thread CPU time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    @Param({"1500"})
    public int rows;

    private String html;
    private final SentPageParser parser = new SentPageParser();

    @Setup(Level.Trial)
    public void generate() {
        html = SentPages.page(rows);
        ParsedPage check = parser.parse(html);
        if (check.rows().size() != rows || !check.coverage().complete()) {
            throw new IllegalStateException("generated page parsed to " + check.rows().size() + " rows, " + check.coverage());
        }
    }

    @Benchmark
    public ParsedPage parse() {
        return parser.parse(html);
    }

    @Benchmark
    public Document jsoupParse() {
        return Jsoup.parse(html);
    }
}
