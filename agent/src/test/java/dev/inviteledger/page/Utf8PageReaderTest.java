package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page reader gives exactly the characters an InputStreamReader gives for the same bytes, however it is read. */
class Utf8PageReaderTest {
    /**
     * Bytes where UTF-8 decoders differ if they differ at all: ASCII, continuation bytes at both ends of their
     * range, lead bytes of every length with their tight second-byte ranges (E0, ED, F0, F4), never-valid bytes.
     */
    private static final byte[] ALPHABET = bytes(
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
            0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF);

    @Test
    void everySequenceOfUpToFourTelltaleBytesReadsAsTheJdkDecodesIt() throws IOException {
        int checked = 0;
        for (int length = 1; length <= 4; length++) {
            int count = (int) Math.pow(ALPHABET.length, length);
            for (int code = 0; code < count; code++) {
                byte[] page = new byte[length];
                for (int i = 0, c = code; i < length; i++, c /= ALPHABET.length) {
                    page[i] = ALPHABET[c % ALPHABET.length];
                }
                assertThat(readAll(new Utf8PageReader(page), 4096)).as("bytes %s", hex(page)).isEqualTo(jdk(page));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(22 + 22 * 22 + 22 * 22 * 22 + 22 * 22 * 22 * 22);
    }

    @Test
    void pagesOfMixedTextReadTheSameInReadsOfAnySize() throws IOException {
        Random random = new Random(61);
        String[] pieces = {"<li class=\"a\">", "Zoë Ångström", "山田 花子", "🙂🙂", "\u202E", "a&amp;b", "\r\n", "·", "’"};
        for (int round = 0; round < 300; round++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int length = random.nextInt(round < 100 ? 200 : 20_000);
            while (bytes.size() < length) {
                int kind = random.nextInt(30);
                if (kind == 0) {
                    bytes.write(ALPHABET[random.nextInt(ALPHABET.length)]);
                } else if (kind == 1) {
                    // a run of non-ASCII longer than the reader's buffer of decoded characters
                    bytes.writeBytes("漢字かな".repeat(1 + random.nextInt(300)).getBytes(StandardCharsets.UTF_8));
                } else if (kind == 2) {
                    byte[] emoji = "🙂".getBytes(StandardCharsets.UTF_8);
                    bytes.write(emoji, 0, 1 + random.nextInt(3)); // cut off inside a character
                } else {
                    bytes.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] page = bytes.toByteArray();
            int chunk = 1 + random.nextInt(random.nextBoolean() ? 8 : 3000);
            assertThat(readAll(new Utf8PageReader(page), chunk)).as("round %d, reads of %d", round, chunk)
                    .isEqualTo(jdk(page));
        }
    }

    @Test
    void readsIntoTheGivenRangeOnlyAndThenSaysEndOfInput() throws IOException {
        byte[] page = "ab🙂é".getBytes(StandardCharsets.UTF_8);
        Reader reader = new Utf8PageReader(page);
        char[] into = "XXXXXXXXXX".toCharArray();
        assertThat(reader.read(into, 2, 0)).isZero();
        assertThat(reader.read(into, 2, 3)).isEqualTo(3);
        assertThat(new String(into)).isEqualTo("XXab\uD83DXXXXX");
        assertThat(reader.read()).isEqualTo('\uDE42');
        assertThat(reader.read(into, 0, 10)).isEqualTo(1);
        assertThat(into[0]).isEqualTo('é');
        assertThat(reader.read(into, 0, 10)).isEqualTo(-1);
        assertThat(reader.read()).isEqualTo(-1);
        assertThat(new Utf8PageReader(new byte[0]).read(into, 0, 10)).isEqualTo(-1);
    }

    private static String jdk(byte[] page) throws IOException {
        return readAll(new InputStreamReader(new ByteArrayInputStream(page), StandardCharsets.UTF_8), 8192);
    }

    private static String readAll(Reader reader, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) != -1; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String hex(byte[] page) {
        StringBuilder s = new StringBuilder();
        for (byte b : page) {
            s.append(String.format("%02X ", b & 0xFF));
        }
        return s.toString().trim();
    }
}
