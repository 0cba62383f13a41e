package dev.inviteledger.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.inviteledger.config.Json;
import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.policy.PlanSlot;
import dev.inviteledger.policy.Status;
import dev.inviteledger.policy.Today;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written row serializer writes the bytes Jackson's own record serialization writes: the same answers go
 * through the agent's mapper and through a copy of it where a mix-in takes the serializer off the row.
 */
class OverlayRowSerializerTest {
    /** Mix-in that restores Jackson's default serialization of the row on the reference mapper. */
    @JsonSerialize(using = JsonSerializer.None.class)
    private abstract static class JacksonDefaultRow {}

    private static final ObjectMapper REFERENCE = Json.mapper().copy()
            .addMixIn(OverlayAnswer.Row.class, JacksonDefaultRow.class);

    /** Hostile text: quotes, escapes, every control character, DEL, line separators, non-Latin-1, astral. */
    private static final String[] PIECES = {"a", "Zoë", "\"", "\\", "/", "\u007f", "\u0080", "\u00ff", "\u2028",
            "\u2029", "李", "Ω", "😀", "<script>", "&amp;", "https://www.linkedin.com/in/x-y/", " ", "in:ab", "é"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void writesTheBytesJacksonWritesForRandomAnswers(long seed) throws Exception {
        Random random = new Random(seed);
        OverlayAnswer answer = answer(random, 1 + random.nextInt(300));
        assertThat(new String(ours(answer), UTF_8))
                .isEqualTo(new String(jacksons(answer), UTF_8));
        assertThat(ours(answer)).isEqualTo(jacksons(answer));
    }

    @Test
    void everyStatusAndBothNullObjectsAreCovered() throws Exception {
        List<OverlayAnswer.Row> rows = new ArrayList<>();
        for (Status s : Status.values()) {
            rows.add(new OverlayAnswer.Row("in:k", "n", s, null, false, 0, false, null));
            rows.add(new OverlayAnswer.Row(null, null, s, new AgeDays(0, Integer.MAX_VALUE), true,
                    Integer.MAX_VALUE, true, new PlanSlot(Integer.MAX_VALUE, 1, true)));
        }
        rows.add(new OverlayAnswer.Row(null, null, null, null, false, -1, false, null));
        OverlayAnswer answer = wrap(rows);
        assertThat(ours(answer)).isEqualTo(jacksons(answer));
        assertThat(new String(ours(answer), UTF_8))
                .contains("\"status\":\"closed-unknown\"", "\"status\":null", "\"ageDays\":null", "\"plan\":null",
                        "\"plan\":{\"rank\":2147483647,\"batch\":1,\"today\":true}");
    }

    /** The comparison is not of one path with itself: the reference mapper really serializes rows another way. */
    @Test
    void theReferenceMapperDoesNotUseTheHandWrittenSerializer() throws Exception {
        assertThat(Json.mapper().getSerializerProviderInstance().findValueSerializer(OverlayAnswer.Row.class))
                .isInstanceOf(OverlayRowSerializer.class);
        assertThat(REFERENCE.getSerializerProviderInstance().findValueSerializer(OverlayAnswer.Row.class))
                .isNotInstanceOf(OverlayRowSerializer.class);
    }

    private static byte[] ours(OverlayAnswer answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.write(out, answer);
        return out.toByteArray();
    }

    private static byte[] jacksons(OverlayAnswer answer) throws Exception {
        return REFERENCE.writeValueAsBytes(answer);
    }

    private static OverlayAnswer answer(Random random, int size) {
        List<OverlayAnswer.Row> rows = new ArrayList<>();
        Status[] statuses = Status.values();
        for (int i = 0; i < size; i++) {
            int min = random.nextInt(400);
            rows.add(new OverlayAnswer.Row(text(random), text(random),
                    random.nextInt(20) == 0 ? null : statuses[random.nextInt(statuses.length)],
                    random.nextInt(6) == 0 ? null : new AgeDays(min, min + random.nextInt(40)),
                    random.nextBoolean(), random.nextInt(5), random.nextInt(4) == 0,
                    random.nextBoolean() ? null : new PlanSlot(1 + random.nextInt(2000), 1 + random.nextInt(100),
                            random.nextBoolean())));
        }
        return wrap(rows);
    }

    private static OverlayAnswer wrap(List<OverlayAnswer.Row> rows) {
        return new OverlayAnswer(Instant.parse("2026-11-22T10:00:00.123456789Z"), "me@example.com",
                new Coverage(rows.size(), null, false), rows, null, new Today(1, 2, 3), List.of("a \"warning\""));
    }

    /** Null, empty, or up to 12 pieces of hostile text and random characters below U+0100. */
    private static String text(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        int n = kind == 1 ? 0 : random.nextInt(12);
        for (int i = 0; i < n; i++) {
            if (random.nextBoolean()) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            } else {
                s.append((char) random.nextInt(0x100)); // every control character included
            }
        }
        return s.toString();
    }
}
