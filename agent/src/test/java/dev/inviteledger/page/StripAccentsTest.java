package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PlainText#stripAccents} drops marks by hand; the regex it replaced is the reference. */
class StripAccentsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dropsWhatTheRegexDropped(long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(40); i > 0; i--) {
            // any UTF-16 unit (lone surrogates included), often from the Latin, combining and Indic ranges
            s.append((char) switch (r.nextInt(4)) {
                case 0 -> r.nextInt(Character.MAX_VALUE + 1);
                case 1 -> 0x00C0 + r.nextInt(0x0180);
                case 2 -> 0x0300 + r.nextInt(0x0070);
                default -> 0x0900 + r.nextInt(0x0200);
            });
        }
        assertThat(PlainText.stripAccents(s.toString())).isEqualTo(byRegex(s.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoé", "e\u0301", "Ångström", "mês", "\uD834\uDD65x", "नमस्ते", "", "plain"})
    void examples(String s) {
        assertThat(PlainText.stripAccents(s)).isEqualTo(byRegex(s));
    }

    private static String byRegex(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
