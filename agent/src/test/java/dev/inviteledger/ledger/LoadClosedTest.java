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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A merge reads the closed invitations of a few re-sent keys one key at a time, and of many keys in one JSON
 * statement ({@link InvitationRows#loadClosed}): over seeded histories with re-sends, reopenings, withdrawals, pins
 * and hostile text, both reads give exactly the same rows, fields and order, for any set of keys (closed, pending
 * only, unknown, given twice, none).
 */
class LoadClosedTest {
    private static final String ACCOUNT = Ledger.DEFAULT_ACCOUNT;
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final int PEOPLE = 30;
    private static final String[] NAMES = {"Ann \"Quote\" Example", "Bo \\ Example", "Zoë 👩🏽‍💻 Example", "محمد Example",
            "<b>Cy</b> Example", null};

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 25).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneByOneReadsWhatTheJsonReadReads(long seed) {
        Random random = new Random(seed);
        Path file = dir.resolve("ledger.sqlite");
        List<String> keys = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            keys.add("in:person-" + p);
        }
        keys.add("in:nobody-known");
        try (Ledger ledger = Ledger.openFile(file)) {
            writeHistory(random, ledger);
        }
        Database db = Database.openFile(file, Migrations.latest());
        try {
            int withSeveral = db.read(c -> {
                long accountId = Accounts.find(c, ACCOUNT);
                int several = 0;
                for (int draw = 0; draw < 40; draw++) {
                    List<String> asked = new ArrayList<>();
                    int n = draw == 0 ? 0 : draw == 1 ? keys.size() : random.nextInt(InvitationRows.KEYS_LOOKED_UP_ONE_BY_ONE + 8);
                    for (int i = 0; i < n; i++) {
                        asked.add(draw == 1 ? keys.get(i) : keys.get(random.nextInt(keys.size()))); // repeats included
                    }
                    Map<String, List<String>> oneByOne = dump(InvitationRows.loadClosedOneByOne(c, accountId, asked));
                    Map<String, List<String>> json = dump(InvitationRows.loadClosedAsJson(c, accountId, asked));
                    assertThat(oneByOne).as("keys %s", asked).isEqualTo(json);
                    assertThat(dump(InvitationRows.loadClosed(c, accountId, asked))).isEqualTo(json);
                    several += (int) json.values().stream().filter(rows -> rows.size() > 1).count();
                }
                return several;
            });
            // the histories must hold what the test is about: keys with more than one closed invitation
            assertThat(withSeveral).isPositive();
        } finally {
            db.close();
        }
    }

    /** Every field of every row, per key in the order given: InvRow has no equals of its own. */
    private static Map<String, List<String>> dump(Map<String, List<InvRow>> rowsByKey) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        rowsByKey.keySet().stream().sorted().forEach(key -> out.put(key, rowsByKey.get(key).stream()
                .map(r -> List.of(r.id, r.key, String.valueOf(r.name), String.valueOf(r.headline),
                        String.valueOf(r.profileUrl), r.state, String.valueOf(r.sentEarliest), String.valueOf(r.sentLatest),
                        r.firstSeen, r.lastSeen, r.hasNote, String.valueOf(r.closedAt), String.valueOf(r.previousId),
                        r.resendCount, r.keep, String.valueOf(r.lastSentText), r.hasObservation,
                        String.valueOf(r.obsAgeMin), String.valueOf(r.obsAgeMax), String.valueOf(r.obsText),
                        r.storedLastSeen, r.markedSeen).toString())
                .toList()));
        return out;
    }

    /**
     * Captures of people who come and go: gone from a complete capture closes them; back with a younger age is a
     * re-send (a new row), back with the old age a reopening. Withdrawals, undos and pins in between.
     */
    private static void writeHistory(Random random, Ledger ledger) {
        long[] sentDay = new long[PEOPLE];
        for (int p = 0; p < PEOPLE; p++) {
            sentDay[p] = -random.nextInt(20);
        }
        Instant t = START;
        for (int step = 0; step < 45; step++) {
            t = t.plus(Duration.ofHours(10 + random.nextInt(30)));
            long today = Duration.between(START, t).toDays();
            List<ParsedRow> rows = new ArrayList<>();
            for (int p = 0; p < PEOPLE; p++) {
                if (random.nextInt(4) == 0) {
                    continue; // not listed: closed by a complete capture
                }
                if (random.nextInt(6) == 0) {
                    sentDay[p] = today; // sent again
                }
                int days = (int) (today - sentDay[p]);
                AgeDays age = random.nextInt(10) == 0 ? null : new AgeDays(days, days + random.nextInt(2));
                rows.add(Pages.named("person-" + p, NAMES[random.nextInt(NAMES.length)],
                        random.nextBoolean() ? null : "Headline \"" + p + "\"",
                        age == null ? null : "Sent " + days + " days ago", age, random.nextInt(5) == 0));
            }
            boolean complete = random.nextInt(4) != 0;
            ParsedPage page = new ParsedPage(rows, new Coverage(rows.size(), complete ? rows.size() : rows.size() + 3,
                    complete), List.of());
            ledger.merge(new CaptureInput(ACCOUNT, t, "test", null, page, complete));
            for (int w = random.nextInt(3); w > 0; w--) {
                RandomLedgerWrites.Write write = RandomLedgerWrites.pendingWrite(random, ledger, ACCOUNT, t, 0);
                if (write != null) {
                    RandomLedgerWrites.outcome(() -> write.apply(ledger));
                }
            }
        }
    }
}
