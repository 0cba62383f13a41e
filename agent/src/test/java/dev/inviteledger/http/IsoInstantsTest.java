package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link IsoInstants#parse} accepts and refuses exactly what {@code OffsetDateTime.parse} does. */
class IsoInstantsTest {

    @Test
    void theFormsClientsSend() {
        assertThat(IsoInstants.parse("2026-11-22T10:00:00Z")).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(IsoInstants.parse("2026-11-22T10:00:00.123Z")).isEqualTo(Instant.parse("2026-11-22T10:00:00.123Z"));
        assertThat(IsoInstants.parse("2026-11-22T10:00:00.000000001Z").getNano()).isEqualTo(1);
        assertThat(IsoInstants.parse("2026-11-22T10:00:00.9Z").getNano()).isEqualTo(900_000_000);
        assertThat(IsoInstants.parse("2026-11-22T11:00:00+01:00")).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void agreesWithTheLibraryOnTablesOfEdges() {
        String[] texts = {"2026-02-29T10:00:00Z", "2024-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-00-01T10:00:00Z",
                "2026-04-31T10:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T23:60:00Z", "2026-11-22T23:59:60Z",
                "2026-11-22T10:00:00.Z", "2026-11-22T10:00:00.1234567890Z", "2026-11-22t10:00:00Z", "2026-11-22T10:00:00z",
                "2026-11-22T10:00Z", "0000-01-01T00:00:00Z", "+2026-11-22T10:00:00Z", "2026-1-22T10:00:00Z",
                "2026-11-22T10:00:00", "2026-11-22 10:00:00Z", "２０26-11-22T10:00:00Z", "2026-11-22T10:00:00.1２Z",
                "2026-11-22T10:00:00.5+00:00", "2026-11-22T10:00:00-00:00", "", "Z", "2026-11-22T10:00:00ZZ"};
        for (String text : texts) {
            assertSameAsTheLibrary(text);
        }
    }

    @Test
    void agreesWithTheLibraryOnRandomMutations() {
        String alphabet = "0123456789-:T.Zt+z 9１";
        Random random = new Random(11_22);
        String[] seeds = {"2026-11-22T10:00:00Z", "2026-11-22T10:00:00.123Z", "1999-12-31T23:59:59.999999999Z"};
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> { if (at < text.length()) text.deleteCharAt(at); }
                    default -> { if (at < text.length()) text.setCharAt(at, c); }
                }
            }
            assertSameAsTheLibrary(text.toString());
        }
    }

    private static void assertSameAsTheLibrary(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException refused) {
            expected = null;
        }
        Instant ours;
        try {
            ours = IsoInstants.parse(text);
        } catch (DateTimeException refused) {
            ours = null;
        }
        assertThat(ours).as("'%s'", text).isEqualTo(expected);
    }
}
