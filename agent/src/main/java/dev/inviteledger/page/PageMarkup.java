package dev.inviteledger.page;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A captured page's markup as it arrived: text (a JSON capture, a saved file, the demo) or the UTF-8 bytes of a
 * {@code text/html} request body, which is how the extension sends it.
 *
 * <p>Bytes are read through a decoding reader rather than made into one String first: a page with a single
 * non-Latin-1 name becomes a UTF-16 String twice its byte size, after a Latin-1 attempt that is thrown away — for
 * a 1,500-row page ~2.3 MB of garbage per capture, a young collection every second capture, at no CPU saved by
 * the String (issue 9, docs/perf-notes/capture.md). Malformed bytes become U+FFFD either way, as a browser shows them.
 */
public final class PageMarkup {
    private final String text;
    private final byte[] utf8;

    private PageMarkup(String text, byte[] utf8) {
        this.text = text;
        this.utf8 = utf8;
    }

    /** Markup already decoded; null reads as an empty page. */
    public static PageMarkup of(String html) {
        return new PageMarkup(html == null ? "" : html, null);
    }

    /** The UTF-8 bytes of a page, not copied: the caller hands them over. */
    public static PageMarkup utf8(byte[] bytes) {
        return new PageMarkup(null, Objects.requireNonNull(bytes));
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Nothing but white space (as {@link String#isBlank}), which is no page either. */
    public boolean isBlank() {
        if (text != null) {
            return text.isBlank();
        }
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b < 0) {
                // a non-ASCII character may still be white space (U+3000): decide on the rest as text
                return new String(utf8, i, utf8.length - i, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** Characters or bytes: a size to plan arrays by, not a count of characters. */
    int size() {
        return text != null ? text.length() : utf8.length;
    }

    /** A new reader of the whole page (bytes read as an {@code InputStreamReader} would, cheaper: {@link Utf8PageReader}). */
    Reader reader() {
        return text != null
                ? new StringReader(text)
                : new Utf8PageReader(utf8);
    }
}
