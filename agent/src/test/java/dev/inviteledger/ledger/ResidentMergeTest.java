package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.RandomLedgerWrites.outcome;
import static dev.inviteledger.ledger.RandomLedgerWrites.pendingWrite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.RandomLedgerWrites.Write;
import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A resident ledger keeps each account's pending rows between merges (the open-rows cache) and answers a capture
 * from the merge's own rows. Seeded random histories — complete and partial captures, captures merged late,
 * withdrawals, undos, pins, and writes by a second connection to the same file (another process) — must leave
 * exactly the ledger a ledger without any of that would, and every answer's history must equal a fresh read.
 */
class ResidentMergeTest {
    private static final String ACCOUNT = Ledger.DEFAULT_ACCOUNT;
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final int PEOPLE = 40;

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void residentLedgerMatchesAFreshOne(long seed) {
        Random random = new Random(seed);
        Path residentFile = dir.resolve("resident.sqlite");
        Path referenceFile = dir.resolve("reference.sqlite");
        try (Ledger resident = Ledger.openFile(residentFile); Ledger other = Ledger.openFile(residentFile)) {
            Instant t = START;
            for (int step = 0; step < 60; step++) {
                t = t.plus(Duration.ofHours(2 + random.nextInt(30)));
                int op = random.nextInt(10);
                if (op < 6) {
                    Instant at = random.nextInt(8) == 0 ? t.minus(Duration.ofHours(1 + random.nextInt(40))) : t;
                    CaptureInput capture = capture(random, at, random.nextInt(3) != 0);
                    Instant since = at.minus(Duration.ofDays(8));
                    MergedCapture merged = resident.mergeAndRead(capture, since);
                    assertThat(merged.history()).as("step %d: answer's history", step)
                            .isEqualTo(resident.history(ACCOUNT, since));
                    onReference(referenceFile, ledger -> ledger.merge(capture));
                } else {
                    // the same write, through this process (op 6-8) or another connection to the file (op 9)
                    Ledger writer = op == 9 ? other : resident;
                    Write write = pendingWrite(random, resident, ACCOUNT, t, 0);
                    if (write != null) {
                        String outcome = outcome(() -> write.apply(writer));
                        String[] expected = new String[1];
                        onReference(referenceFile, ledger -> expected[0] = outcome(() -> write.apply(ledger)));
                        assertThat(outcome).as("step %d: write outcome", step).isEqualTo(expected[0]);
                    }
                }
                Ledger reference = Ledger.openFile(referenceFile);
                try {
                    assertThat(resident.history(ACCOUNT)).as("step %d: whole ledger", step)
                            .isEqualTo(reference.history(ACCOUNT));
                } finally {
                    reference.close();
                }
            }
        }
    }

    private static void onReference(Path file, Write write) {
        try (Ledger reference = Ledger.openFile(file)) {
            write.apply(reference);
        }
    }

    private static CaptureInput capture(Random random, Instant at, boolean complete) {
        List<ParsedRow> rows = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String slug = "person-" + p;
            // mostly consistent ages (2p days before the start); now and then one that contradicts the others
            int days = random.nextInt(15) == 0 ? random.nextInt(90)
                    : 2 * p + (int) Duration.between(START, at).toDays();
            AgeDays age = random.nextInt(12) == 0 ? null : new AgeDays(days, days + random.nextInt(3));
            rows.add(Pages.named(slug, "Person " + p + (random.nextInt(6) == 0 ? " (renamed)" : ""),
                    "Headline " + p, age == null ? "Sent a while ago" : "Sent " + days + " days ago", age,
                    random.nextInt(4) == 0));
        }
        ParsedPage page = new ParsedPage(rows, new Coverage(rows.size(), complete ? rows.size() : rows.size() + 5,
                complete), List.of());
        return new CaptureInput(ACCOUNT, at, "test", null, page, complete);
    }
}
