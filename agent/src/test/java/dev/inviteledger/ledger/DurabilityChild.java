package dev.inviteledger.ledger;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVM of {@link DurabilityTest}: ingests captures in a loop and prints {@code ack <captureId> ok}
 * after each merge returned (i.e. committed), the way the agent acknowledges a capture to the extension.
 */
public final class DurabilityChild {
    private DurabilityChild() {}

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        try (Ledger ledger = Ledger.open(dataDir)) {
            for (int i = 0; i < 1_000_000; i++) {
                List<ParsedRow> rows = new ArrayList<>();
                for (int p = 0; p < 40; p++) {
                    int person = (i * 7 + p) % 300;
                    rows.add(new ParsedRow("in:person-" + person, "https://www.linkedin.com/in/person-" + person + "/",
                            "Person " + person, "Headline " + i, "Sent " + (p % 5) + " days ago",
                            AgeDays.exactly(p % 5), p % 2 == 0));
                }
                ParsedPage page = new ParsedPage(rows, new Coverage(rows.size(), rows.size() + 10, false), List.of());
                MergeResult r = ledger.merge(new CaptureInput("default", start.plusSeconds(3600L * i), "durability",
                        null, page, i % 3 == 0));
                System.out.println("ack " + r.captureId() + " ok");
                System.out.flush();
            }
        }
    }
}
