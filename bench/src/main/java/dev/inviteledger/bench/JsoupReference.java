package dev.inviteledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * {@code java <the agent's options> -cp bench/target/benchmarks.jar dev.inviteledger.bench.JsoupReference <bodies dir> [count]}
 */
public final class JsoupReference {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private JsoupReference() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: JsoupReference <bodies dir> [count]");
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
        int half = bodies.size() / 2;
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String html = Files.readString(bodies.get(i));
            long wall0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            Jsoup.parse(html);
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            long wall1 = System.nanoTime();
            if (i >= half) {
                samples.add(new long[] {wall1 - wall0, cpu1 - cpu0});
            }
        }
        System.out.printf("bare jsoup parse of the same pages, median of pages %d-%d: wall %.2f ms, CPU %.2f ms%n",
                half + 1, bodies.size(), Medians.of(samples, x -> x[0]) / 1e6, Medians.of(samples, x -> x[1]) / 1e6);
    }


}
