package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A merge's answer gives each pending invitation its page listed the page's own key String ({@link InvRow#pageKey}),
 * so the report's look-ups end at {@code ==}; the cached rows keep none of the page's keys once the merge is done.
 * Values are the same either way (the other seeded tests compare every answer with a fresh read).
 */
class PageKeyTest {
    private static final String ACCOUNT = Ledger.DEFAULT_ACCOUNT;
    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    private static final int PEOPLE = 25;

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 20).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void answersCarryThePagesKeysAndTheCacheKeepsNone(long seed) throws Exception {
        Random random = new Random(seed);
        try (Ledger ledger = Ledger.openFile(dir.resolve("ledger.sqlite"))) {
            Instant t = START;
            for (int step = 0; step < 25; step++) {
                t = t.plus(Duration.ofHours(6 + random.nextInt(30)));
                List<ParsedRow> rows = page(random, t);
                boolean complete = random.nextInt(3) != 0;
                ParsedPage page = new ParsedPage(rows, new Coverage(rows.size(), complete ? rows.size() : rows.size() + 2,
                        complete), List.of());
                MergedCapture merged = ledger.mergeAndRead(new CaptureInput(ACCOUNT, t, "test", null, page, complete),
                        t.minus(Duration.ofDays(8)));

                Map<String, String> firstKeyOf = new HashMap<>(); // a duplicate row is ignored: the first one counts
                for (ParsedRow row : rows) {
                    firstKeyOf.putIfAbsent(row.key(), row.key());
                }
                int pendingListed = 0;
                for (InvitationRecord r : merged.history().invitations()) {
                    String pageKey = firstKeyOf.get(r.key());
                    if (r.state() == InvitationState.PENDING && pageKey != null) {
                        assertThat(r.key()).as("step %d: %s", step, r.key()).isSameAs(pageKey);
                        pendingListed++;
                    } else if (pageKey != null) {
                        assertThat(r.key()).as("a closed record keeps its own String").isNotSameAs(pageKey);
                    }
                }
                assertThat(pendingListed).isPositive();
                assertThat(cachedRows(ledger)).as("step %d: cached rows", step).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.pageKey).isNull());

                if (random.nextInt(3) == 0) {
                    RandomLedgerWrites.Write write = RandomLedgerWrites.pendingWrite(random, ledger, ACCOUNT, t, 0);
                    if (write != null) {
                        RandomLedgerWrites.outcome(() -> write.apply(ledger));
                    }
                }
            }
        }
    }

    /** Rows with fresh String instances for every key (as a parse makes them), some listed twice, a few new each time. */
    private static List<ParsedRow> page(Random random, Instant t) {
        List<ParsedRow> rows = new ArrayList<>();
        int days = (int) Duration.between(START, t).toDays();
        for (int p = 0; p < PEOPLE; p++) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            String slug = new String("person-" + p + (p > 20 && random.nextInt(4) == 0 ? "-" + days : ""));
            int age = p + days;
            ParsedRow row = Pages.named(slug, "Person " + p, "Headline " + p, "Sent " + age + " days ago",
                    new AgeDays(age, age + 1), false);
            rows.add(row);
            if (random.nextInt(10) == 0) {
                rows.add(Pages.named(slug, "Person " + p, "Headline " + p, "Sent " + age + " days ago",
                        new AgeDays(age, age + 1), false));
            }
        }
        return rows;
    }

    /** Every row the ledger's open-rows cache holds (through its private fields: nothing else may reach them). */
    @SuppressWarnings("unchecked")
    private static List<InvRow> cachedRows(Ledger ledger) throws ReflectiveOperationException {
        OpenRowsCache cache = (OpenRowsCache) field(Ledger.class, "openRows").get(ledger);
        Map<Long, OpenRowsCache.Entry> byAccount = (Map<Long, OpenRowsCache.Entry>) field(OpenRowsCache.class, "byAccount")
                .get(cache);
        List<InvRow> out = new ArrayList<>();
        for (OpenRowsCache.Entry e : byAccount.values()) {
            out.addAll(e.rows.values());
        }
        return out;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
