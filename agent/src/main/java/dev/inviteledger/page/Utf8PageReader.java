package dev.inviteledger.page;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A page's UTF-8 bytes as characters, the same ones an {@code InputStreamReader} gives (malformed bytes become
 * U+FFFD), cheaper on markup, which is nearly all ASCII: an ASCII byte is copied as its character, and only each
 * run of non-ASCII bytes goes through the JDK's decoder. jsoup reads a page 1 KB at a time, and under the agent's
 * JIT an {@code InputStreamReader} costs a lock, buffer wrappers and the decoder's loop on every read (issue 9).
 *
 * <p>Exact because an ASCII byte is a whole character in UTF-8 and never part of another one's sequence: the
 * decoder, meeting a run's last byte before an ASCII byte or the end of the page, ends any unfinished sequence
 * there (one U+FFFD, as it would on seeing the ASCII byte), so decoding run by run gives what decoding the
 * whole page gives. {@code Utf8PageReaderTest} checks it against {@code InputStreamReader} byte for byte.
 * Not thread-safe; nothing to close.
 */
final class Utf8PageReader extends Reader {
    /** Decoded characters are handed out from here, so a run of any length needs no buffer of its size. */
    private static final int DECODED_CHARS = 256;

    private final byte[] bytes;
    /** Next byte to read outside a run. */
    private int pos;
    private CharsetDecoder decoder;
    /** The run being decoded (its position and limit), while {@link #inRun}. */
    private ByteBuffer run;
    private boolean inRun;
    /** The run is decoded; what the decoder keeps back is still to come ({@link CharsetDecoder#flush}). */
    private boolean flushing;
    /** Characters decoded and not yet read; empty (position = limit) when there are none. */
    private CharBuffer decoded;

    Utf8PageReader(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int o = off;
        int limit = off + len;
        byte[] b = bytes;
        while (o < limit) {
            if (decoded != null && decoded.hasRemaining()) {
                int k = Math.min(limit - o, decoded.remaining());
                decoded.get(cbuf, o, k);
                o += k;
            } else if (inRun) {
                decodeMore();
            } else if (pos < b.length) {
                int p = pos;
                int stop = Math.min(b.length, p + (limit - o));
                // eight bytes a step while all are ASCII: the agent's JIT does not unroll loops itself
                while (p <= stop - 8 && (b[p] | b[p + 1] | b[p + 2] | b[p + 3] | b[p + 4] | b[p + 5] | b[p + 6] | b[p + 7]) >= 0) {
                    cbuf[o] = (char) b[p];
                    cbuf[o + 1] = (char) b[p + 1];
                    cbuf[o + 2] = (char) b[p + 2];
                    cbuf[o + 3] = (char) b[p + 3];
                    cbuf[o + 4] = (char) b[p + 4];
                    cbuf[o + 5] = (char) b[p + 5];
                    cbuf[o + 6] = (char) b[p + 6];
                    cbuf[o + 7] = (char) b[p + 7];
                    o += 8;
                    p += 8;
                }
                while (p < stop && b[p] >= 0) {
                    cbuf[o++] = (char) b[p++];
                }
                if (p < stop) {
                    // a non-ASCII byte: decode the run up to the next ASCII byte or the end
                    int end = p + 1;
                    while (end < b.length && b[end] < 0) {
                        end++;
                    }
                    startRun(p, end);
                    p = end;
                }
                pos = p;
            } else {
                break;
            }
        }
        return o == off ? -1 : o - off;
    }

    private void startRun(int from, int to) {
        if (decoder == null) {
            // what InputStreamReader's decoder does with bytes no encoder made
            decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            run = ByteBuffer.wrap(bytes);
            decoded = CharBuffer.allocate(DECODED_CHARS);
            decoded.flip();
        }
        decoder.reset();
        run.limit(to).position(from);
        inRun = true;
        flushing = false;
    }

    /** Decodes as much of the run as fits; the run ends there, as the page would for a sequence cut off by it. */
    private void decodeMore() {
        decoded.clear();
        if (!flushing) {
            // an overflow only means the characters buffer is full: the next call goes on from there
            flushing = decoder.decode(run, decoded, true).isUnderflow();
        }
        if (flushing && decoder.flush(decoded).isUnderflow()) {
            inRun = false;
        }
        decoded.flip();
    }

    @Override
    public void close() {
        // nothing held but the caller's bytes
    }
}
