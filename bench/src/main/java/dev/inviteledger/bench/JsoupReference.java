package dev.inviteledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The 2.5 × reference of the capture budget, measured the way {@code bench/run.sh http} measures the capture: a
 * bare {@code Jsoup.parse} of the very pages the agent was sent (each capture's {@code .html}), one parse
 * per page in order, in a JVM started with the agent's own options, so the JIT has seen as many pages as the
 * agent had. Prints the median wall and thread-CPU time over the second half of the pages.
 * <ul>
 *   <li>{@code JsoupReference <bodies dir> [count]}: the pages back to back, after the captures;</li>
 *   <li>{@code JsoupReference --paired [warm-up page] [times]}: one page per path read from standard input, each parse's wall and CPU
 *       nanoseconds printed on its own line as it finishes (the second of two parses of the page), the summary at
 *       the end of the input. {@code run.sh}
 *       sends each page right after the agent answered its capture, so a capture and its reference are measured
 *       seconds apart, under the same state of the machine (this VM's host slows it for minutes at a time).</li>
 * </ul>
 * {@code java <the agent's options> -cp bench/target/benchmarks.jar dev.inviteledger.bench.JsoupReference …}
 */
public final class JsoupReference {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** What the paired mode prints once its JVM is up, so the first capture is not timed against its start. */
    static final String READY = "ready";

    private JsoupReference() {}

    public static void main(String[] args) throws IOException {
        if (args.length >= 1 && args[0].equals("--paired")) {
            if (args.length == 3) {
                warmUp(Path.of(args[1]), Integer.parseInt(args[2]));
            }
            paired(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
            return;
        }
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: JsoupReference <bodies dir> [count] | JsoupReference --paired");
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Path> bodies;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            bodies = files.filter(p -> p.getFileName().toString().matches("capture-\\d+\\.html")).sorted()
                    .limit(count).toList();
        }
        if (bodies.size() < 2) {
            throw new IllegalArgumentException("need at least two capture bodies in " + args[0]);
        }
        List<long[]> samples = new ArrayList<>();
        for (Path body : bodies) {
            samples.add(parse(body));
        }
        System.out.println(summary(samples));
    }

    /**
     * Parses one page {@code times} times before the first capture: the JIT compiles jsoup now, instead of its
     * compiler thread running beside the agent's first captures (it slowed the first half of them by 20-50 %).
     */
    static void warmUp(Path page, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            parse(page);
        }
    }

    static void paired(BufferedReader pages, PrintStream out) throws IOException {
        out.println(READY);
        out.flush();
        List<long[]> samples = new ArrayList<>();
        for (String line = pages.readLine(); line != null; line = pages.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            Path page = Path.of(line.strip());
            // the second of two parses: right after a capture the caches hold the agent's data, and a cold first
            // parse reads ~3 % slower than a warm one; timing the warm one keeps the reference as strict as the
            // back-to-back run's
            parse(page);
            long[] sample = parse(page);
            samples.add(sample);
            out.println(sample[0] + " " + sample[1]);
            out.flush();
        }
        if (samples.size() < 2) {
            throw new IllegalArgumentException("need at least two pages on standard input");
        }
        out.println(summary(samples));
        out.flush();
    }

    /** One timed parse: {wall ns, thread CPU ns}; reading the file is not timed (the agent has its body in memory). */
    private static long[] parse(Path page) throws IOException {
        String html = Files.readString(page);
        long wall0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        Jsoup.parse(html);
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        long wall1 = System.nanoTime();
        return new long[] {wall1 - wall0, cpu1 - cpu0};
    }

    /** Medians over the second half: the JIT has compiled the parser by then, as it has the agent's. */
    private static String summary(List<long[]> all) {
        int half = all.size() / 2;
        List<long[]> samples = all.subList(half, all.size());
        return String.format("bare jsoup parse of the same pages, median of pages %d-%d: wall %.2f ms, CPU %.2f ms",
                half + 1, all.size(), Medians.of(samples, x -> x[0]) / 1e6, Medians.of(samples, x -> x[1]) / 1e6);
    }
}
