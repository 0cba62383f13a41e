package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A page's UTF-8 bytes read as the String of those bytes would read: same text, same blankness, same parse. */
class PageMarkupTest {
    private final SentPageParser parser = new SentPageParser();

    private static String readAll(PageMarkup page) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader reader = page.reader()) {
            reader.transferTo(out);
        }
        return out.toString();
    }

    @Test
    void bytesReadAsTheirStringEvenMalformedOrSplitAcrossTheReadersBuffer() throws IOException {
        Random random = new Random(9);
        // what pages hold: ASCII markup, accents, CJK, emoji (surrogate pairs), and bytes no encoder made
        String[] pieces = {"<li>", "Zoë Ångström", "山田 花子", "🙂", "\u202E", "a&amp;b", "\r\n"};
        for (int round = 0; round < 200; round++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            // long enough that multi-byte characters straddle the decoder's 8 KB reads
            int length = random.nextInt(40_000);
            while (bytes.size() < length) {
                if (random.nextInt(20) == 0) {
                    bytes.write(0x80 + random.nextInt(0x80)); // a stray continuation or lead byte
                } else {
                    bytes.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            if (random.nextBoolean()) {
                bytes.write(0xF0); // cut off inside a character
            }
            byte[] page = bytes.toByteArray();
            assertThat(readAll(PageMarkup.utf8(page))).as("round %d", round)
                    .isEqualTo(new String(page, StandardCharsets.UTF_8));
        }
    }

    static Stream<Arguments> blankness() {
        return Stream.of(
                Arguments.of("", true),
                Arguments.of(" \n\t\r", true),
                Arguments.of("\u3000 ", true),           // an ideographic space is white space to String.isBlank
                Arguments.of(" \u3000\u2003", true),
                Arguments.of("  <", false),
                Arguments.of("\u3000Zoë", false),
                Arguments.of("\u00A0", false),            // a no-break space is not
                Arguments.of("é", false));
    }

    @ParameterizedTest
    @MethodSource("blankness")
    void blankAsStringIsBlankSays(String text, boolean blank) {
        assertThat(text.isBlank()).as("the table agrees with String.isBlank").isEqualTo(blank);
        assertThat(PageMarkup.of(text).isBlank()).isEqualTo(blank);
        assertThat(PageMarkup.utf8(text.getBytes(StandardCharsets.UTF_8)).isBlank()).isEqualTo(blank);
        assertThat(PageMarkup.of(text).isEmpty()).isEqualTo(text.isEmpty());
    }

    @Test
    void nullTextIsAnEmptyPage() throws IOException {
        assertThat(PageMarkup.of(null).isEmpty()).isTrue();
        assertThat(readAll(PageMarkup.of(null))).isEmpty();
    }

    static Stream<Arguments> fixtures() {
        return Fixtures.pages().stream().map(p -> Arguments.of(Fixtures.name(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureParsesTheSameFromItsBytes(String name, Path page) throws IOException {
        String html = Fixtures.read(page);
        assertThat(parser.parse(PageMarkup.utf8(html.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(parser.parse(html));
    }

    @Test
    void aLongSyntheticPageParsesTheSameFromItsBytes() {
        java.util.List<SyntheticInvitation> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            rows.add(new SyntheticInvitation("Zoë Ångström " + i, "zoe-" + i, "Ingénieure · 山田", i % 90, i % 7 == 0 ? "Bonjour 🙂" : null));
        }
        String html = SyntheticSentPage.render(rows, rows.size(), false);
        ParsedPage fromText = parser.parse(html);
        assertThat(fromText.rows()).hasSize(1_500);
        assertThat(parser.parse(PageMarkup.utf8(html.getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromText);
    }
}
