package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A merge first looks a listed row up where the previous capture's page had it (the open-rows cache keeps that order).
 * Pages whose rows move, vanish, come back and repeat, with pins and withdrawals between captures (each replaces or
 * drops the cached row the hint still holds), must give every answer a fresh read gives, and leave the ledger a
 * ledger without a cache (opened anew for each write) would.
 */
class PageOrderHintTest {
    private static final String ACCOUNT = Ledger.DEFAULT_ACCOUNT;
    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    private static final int PEOPLE = 30;

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 30).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void answersMatchAFreshReadWhateverTheOrder(long seed) {
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            order.add(p);
        }
        Path referenceFile = dir.resolve("reference.sqlite");
        try (Ledger ledger = Ledger.openFile(dir.resolve("ledger.sqlite"))) {
            Instant t = START;
            for (int step = 0; step < 40; step++) {
                t = t.plus(Duration.ofHours(6 + random.nextInt(30)));
                int op = random.nextInt(10);
                if (op < 6) {
                    move(random, order);
                    Instant since = t.minus(Duration.ofDays(8));
                    CaptureInput capture = capture(random, order, t);
                    MergedCapture merged = ledger.mergeAndRead(capture, since);
                    assertThat(merged.history()).as("step %d: answer's history", step)
                            .isEqualTo(ledger.history(ACCOUNT, since));
                    onReference(referenceFile, reference -> reference.merge(capture));
                } else {
                    List<InvitationRecord> pending = ledger.history(ACCOUNT).invitations().stream()
                            .filter(i -> i.state() == InvitationState.PENDING).toList();
                    if (pending.isEmpty()) {
                        continue;
                    }
                    String key = pending.get(random.nextInt(pending.size())).key();
                    boolean keep = random.nextBoolean();
                    Instant at = t;
                    if (op < 8) {
                        ledger.setKeep(ACCOUNT, key, keep); // the cache's row is replaced by a copy
                        onReference(referenceFile, reference -> reference.setKeep(ACCOUNT, key, keep));
                    } else {
                        ledger.recordWithdrawal(ACCOUNT, key, at, "manual"); // the cache's row leaves it
                        onReference(referenceFile, reference -> reference.recordWithdrawal(ACCOUNT, key, at, "manual"));
                    }
                }
                try (Ledger reference = Ledger.openFile(referenceFile)) {
                    assertThat(ledger.history(ACCOUNT)).as("step %d: whole ledger", step)
                            .isEqualTo(reference.history(ACCOUNT));
                }
            }
        }
    }

    private static void onReference(Path file, Consumer<Ledger> write) {
        try (Ledger reference = Ledger.openFile(file)) {
            write.accept(reference);
        }
    }

    /** Rows move as on LinkedIn's page: one to the top (a re-send), one further down, two trading places. */
    private static void move(Random random, List<Integer> order) {
        order.add(0, order.remove(random.nextInt(order.size())));
        order.add(random.nextInt(order.size()), order.remove(random.nextInt(order.size())));
        int a = random.nextInt(order.size());
        int b = random.nextInt(order.size());
        order.set(a, order.set(b, order.get(a)));
    }

    private static CaptureInput capture(Random random, List<Integer> order, Instant at) {
        List<ParsedRow> rows = new ArrayList<>();
        for (int p : order) {
            if (random.nextInt(5) == 0) {
                continue; // vanished (closed by a complete capture), may come back later as a re-send
            }
            int days = 2 * p + (int) Duration.between(START, at).toDays();
            ParsedRow row = Pages.named("person-" + p, "Person " + p + (random.nextInt(5) == 0 ? " (renamed)" : ""),
                    "Headline " + p, "Sent " + days + " days ago", new AgeDays(days, days), random.nextInt(6) == 0);
            rows.add(row);
            if (random.nextInt(15) == 0) {
                rows.add(row); // the same person twice on one page
            }
        }
        boolean complete = random.nextInt(4) != 0;
        ParsedPage page = new ParsedPage(rows, new Coverage(rows.size(), complete ? rows.size() : rows.size() + 3,
                complete), List.of());
        return new CaptureInput(ACCOUNT, at, "test", null, page, complete);
    }
}
