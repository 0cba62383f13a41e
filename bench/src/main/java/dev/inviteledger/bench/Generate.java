package dev.inviteledger.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.Ledger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the generated inputs of the whole-process measurements (bench/run.sh):
 * <pre>
 *   pages   --out DIR                     sent-100.html, sent-1500.html, sent-5000.html
 *   history --data-dir D --bodies DIR     a year of daily captures played into D's ledger, and the requests
 *           [--first-capture T] [--then N]  of the N captures that follow (POST /api/v1/captures): capture-NNN.json
 *                                           (JSON body), and .html + .query (the extension's text/html form)
 * </pre>
 * Run as {@code java -cp bench/target/benchmarks.jar dev.inviteledger.bench.Generate ...}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, subcommands = {Generate.Pages.class, Generate.History.class})
public final class Generate {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Generate()).execute(args));
    }

    @Command(name = "pages", description = "Complete Sent pages of mixed ages and notes, current markup.")
    static final class Pages implements Callable<Integer> {
        @Option(names = "--out", required = true)
        Path out;

        @Option(names = "--rows", split = ",", defaultValue = "100,1500,5000")
        List<Integer> rows;

        @Option(names = "--seed", defaultValue = "" + SentPages.DEFAULT_SEED)
        long seed;

        @Override
        public Integer call() throws Exception {
            Files.createDirectories(out);
            for (int n : rows) {
                Path file = out.resolve("sent-" + n + ".html");
                Files.writeString(file, SentPages.page(n, seed), StandardCharsets.UTF_8);
                System.out.println(file + " (" + Files.size(file) + " bytes)");
            }
            return 0;
        }
    }

    @Command(name = "history", description = "A year of daily captures into a ledger, and the captures after it as request bodies.")
    static final class History implements Callable<Integer> {
        @Option(names = "--data-dir", required = true)
        Path dataDir;

        @Option(names = "--bodies", required = true)
        Path bodies;

        @Option(names = "--first-capture", description = "Morning of the first day (default: a fixed date in 2025).")
        Instant firstCapture = YearOfCaptures.DEFAULT_FIRST_CAPTURE;

        @Option(names = "--days", defaultValue = "" + YearOfCaptures.DEFAULT_DAYS)
        int days;

        @Option(names = "--then", defaultValue = "100", description = "Captures after the history, written as bodies.")
        int then;

        @Option(names = "--seed", defaultValue = "" + YearOfCaptures.DEFAULT_SEED)
        long seed;

        @Override
        public Integer call() throws Exception {
            if (Ledger.exists(dataDir)) {
                System.err.println("history: " + dataDir + " already holds a ledger; give an empty directory");
                return 2;
            }
            YearOfCaptures year = YearOfCaptures.simulate(seed, firstCapture, days + then, YearOfCaptures.DEFAULT_CAP);
            long started = System.nanoTime();
            try (Ledger ledger = Ledger.open(dataDir)) {
                HistoryLedger.play(ledger, year.days().subList(0, days));
            }
            System.out.printf("history: %d days played into %s in %.1f s; %s%n", days, dataDir,
                    (System.nanoTime() - started) / 1e9, year.totals());
            Files.createDirectories(bodies);
            for (int k = 0; k < then; k++) {
                YearOfCaptures.Day day = year.days().get(days + k);
                ObjectNode body = Json.mapper().createObjectNode();
                body.put("url", YearOfCaptures.SENT_URL);
                body.put("capturedAt", day.capturedAt().toString());
                body.put("html", day.html());
                String name = String.format("capture-%03d", k + 1);
                Files.write(bodies.resolve(name + ".json"), Json.mapper().writeValueAsBytes(body));
                // the extension's form of the same request: the page as a text/html body, the rest as the query
                Files.writeString(bodies.resolve(name + ".html"), day.html());
                Files.writeString(bodies.resolve(name + ".query"), "url=" + URLEncoder.encode(YearOfCaptures.SENT_URL,
                        StandardCharsets.UTF_8) + "&capturedAt=" + URLEncoder.encode(day.capturedAt().toString(), StandardCharsets.UTF_8));
            }
            System.out.printf("history: %d capture bodies in %s (%d rows each from the cap on)%n", then, bodies,
                    YearOfCaptures.DEFAULT_CAP);
            return 0;
        }
    }
}
