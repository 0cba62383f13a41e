package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A resident ledger keeps the recent history a capture's answer needs (closed invitations, captures, withdrawals since
 * the horizon) between merges ({@link RecentHistory}); every write must keep it right. Seeded random histories aimed
 * at what moves it — horizons that move forward and back, captures older than the horizon (the fallback capture), a
 * merge without an answer, withdrawals back-dated past the horizon and of closed invitations, undos, pins of closed
 * invitations, renamed people (a withdrawal shows its invitation's current name), re-sends, reopened invitations,
 * captures with warnings — compare every answer with a fresh read after the commit.
 */
class RecentHistoryTest {
    private static final String ACCOUNT = Ledger.DEFAULT_ACCOUNT;
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final int PEOPLE = 30;

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyAnswerEqualsAFreshRead(long seed) {
        Random random = new Random(seed);
        try (Ledger ledger = Ledger.openFile(dir.resolve("ledger.sqlite"))) {
            Instant t = START;
            for (int step = 0; step < 80; step++) {
                t = t.plus(Duration.ofHours(4 + random.nextInt(30)));
                int op = random.nextInt(12);
                if (op < 7) {
                    // now and then a capture older than the last answer's horizon
                    Instant at = random.nextInt(8) == 0 ? t.minus(Duration.ofHours(1 + random.nextInt(300))) : t;
                    CaptureInput capture = capture(random, at, random.nextInt(4) != 0);
                    if (op == 6) {
                        ledger.merge(capture); // no answer: the kept history must still follow
                        continue;
                    }
                    int days = switch (random.nextInt(6)) {
                        case 0 -> 2;
                        case 1 -> 20;
                        default -> 8;
                    };
                    Instant since = at.minus(Duration.ofDays(days));
                    MergedCapture merged = ledger.mergeAndRead(capture, since);
                    assertThat(merged.history()).as("step %d: answer since %s", step, since)
                            .isEqualTo(ledger.history(ACCOUNT, since));
                } else if (op == 11) {
                    ledger.importExport(ACCOUNT, export(random, t), t); // closes nothing, but accepts and adds
                } else {
                    write(random, ledger, t);
                }
            }
        }
    }

    /** A withdrawal (now or back-dated, of a pending or closed invitation), an undo, or a pin of any invitation. */
    private static void write(Random random, Ledger ledger, Instant t) {
        List<InvitationRecord> all = ledger.history(ACCOUNT).invitations();
        List<WithdrawalRecord> active = ledger.withdrawals(ACCOUNT).stream().filter(WithdrawalRecord::active).toList();
        int kind = random.nextInt(4);
        try {
            if (kind == 0 && !active.isEmpty()) {
                ledger.undoWithdrawal(active.get(random.nextInt(active.size())).id(), t);
            } else if (!all.isEmpty()) {
                String key = all.get(random.nextInt(all.size())).key();
                if (kind == 1) {
                    ledger.setKeep(ACCOUNT, key, random.nextBoolean());
                } else {
                    Instant at = random.nextBoolean() ? t : t.minus(Duration.ofHours(1 + random.nextInt(300)));
                    ledger.recordWithdrawal(ACCOUNT, key, at, random.nextBoolean() ? "manual" : "observed");
                }
            }
        } catch (LedgerConflictException e) {
            // an accepted invitation cannot be withdrawn: the ledger refused, nothing changed
        }
    }

    /** LinkedIn's export: connections that explain closed invitations (accepted), and invitations the pages did not show. */
    private static DataExport export(Random random, Instant t) {
        List<ExportedInvitation> sent = new ArrayList<>();
        List<ExportedConnection> connections = new ArrayList<>();
        for (int p = 0; p < PEOPLE + 5; p++) {
            if (random.nextInt(6) == 0) {
                connections.add(new ExportedConnection("in:person-" + p,
                        t.minus(Duration.ofDays(random.nextInt(10))).atZone(ZoneOffset.UTC).toLocalDate()));
            } else if (p >= PEOPLE && random.nextBoolean()) {
                sent.add(new ExportedInvitation("in:person-" + p, "Person " + p, "https://www.linkedin.com/in/person-" + p + "/",
                        t.minus(Duration.ofDays(1 + random.nextInt(20))).truncatedTo(ChronoUnit.MINUTES), false,
                        "Invitations.csv:" + (p + 2)));
            }
        }
        return new DataExport(sent, connections, 0, List.of());
    }

    private static CaptureInput capture(Random random, Instant at, boolean complete) {
        List<ParsedRow> rows = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String slug = "person-" + p;
            // mostly consistent ages; now and then a young one (a re-send after a close) or a contradiction
            int days = random.nextInt(12) == 0 ? random.nextInt(60)
                    : Math.max(0, 20 + 3 * p + (int) Duration.between(START, at).toDays());
            AgeDays age = random.nextInt(10) == 0 ? null : new AgeDays(days, days + random.nextInt(3));
            rows.add(Pages.named(slug, "Person " + p + (random.nextInt(5) == 0 ? " (renamed " + random.nextInt(3) + ")" : ""),
                    "Headline " + p, age == null ? "Sent a while ago" : "Sent " + days + " days ago", age,
                    random.nextInt(4) == 0));
            if (random.nextInt(40) == 0) {
                rows.add(rows.get(rows.size() - 1)); // a duplicate row: the capture records a warning
            }
        }
        ParsedPage page = new ParsedPage(rows, new Coverage(rows.size(), complete ? rows.size() : rows.size() + 5,
                complete), random.nextInt(10) == 0 ? List.of("a parser warning with \"quotes\"") : List.of());
        return new CaptureInput(ACCOUNT, at, "test", null, page, complete);
    }
}
