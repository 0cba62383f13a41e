package dev.inviteledger.bench;

import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.SentPageParser;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * {@code ParseBenchmark} in thread CPU time, for a machine others are using: JMH's wall-clock samples
 * swing by 2x there, while the CPU time of one thread barely moves. Parses the same generated page with
 * a bare {@code Jsoup.parse} and with the product's parser, alternately, for the given seconds, drops the
 * first third as warm-up, and prints each one's median CPU time and mean bytes allocated, and the ratio.
 * {@code java -cp bench/target/benchmarks.jar dev.inviteledger.bench.ParseCpu [rows] [seconds]}
 */
public final class ParseCpu {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ParseCpu() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        String html = SentPages.page(rows);
        SentPageParser parser = new SentPageParser();
        List<long[]> samples = new ArrayList<>();
        long start = System.nanoTime();
        long warm = start + (long) (seconds * 1e9 / 3);
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
            Jsoup.parse(html);
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            long bytes1 = THREADS.getCurrentThreadAllocatedBytes();
            ParsedPage page = parser.parse(html);
            long cpu2 = THREADS.getCurrentThreadCpuTime();
            long bytes2 = THREADS.getCurrentThreadAllocatedBytes();
            if (page.rows().size() != rows) {
                throw new IllegalStateException("generated page parsed to " + page.rows().size() + " rows");
            }
            if (System.nanoTime() > warm) {
                samples.add(new long[] {cpu1 - cpu0, cpu2 - cpu1, bytes1 - bytes0, bytes2 - bytes1});
            }
        }
        double jsoup = Medians.of(samples, x -> x[0]);
        double parse = Medians.of(samples, x -> x[1]);
        System.out.printf("%d rows, %d pairs: jsoup %.2f ms %.2f MB, parse %.2f ms %.2f MB, parse/jsoup %.2f x CPU, %.2f x alloc%n",
                rows, samples.size(), jsoup / 1e6, mean(samples, 2) / 1e6, parse / 1e6, mean(samples, 3) / 1e6,
                parse / jsoup, mean(samples, 3) / mean(samples, 2));
    }


    private static double mean(List<long[]> samples, int column) {
        return samples.stream().mapToLong(s -> s[column]).average().orElse(0);
    }
}
