package dev.inviteledger.cli;

import dev.inviteledger.report.CapturePipeline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.jsoup.parser.Parser;
import java.util.regex.Pattern;

/** A saved page named on the command line ({@code FILE} or {@code FILE@TIME}), read and checked up front. */
record CaptureFile(Path path, Instant capturedAt, ZoneId zone, String url, String html) {
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*[a-zA-Z!]");
    /** Fixtures saved by the extension record their capture in the head: time, zone and URL. */
    private static final Pattern SAVED_META = Pattern.compile(
            "<meta\\s+name=\"invite-ledger:(captured-at|zone|url)\"\\s+content=\"([^\"<>]{1,2048})\"");
    /** The head of a saved fixture is at the very top; no need to scan a whole 5 MiB page. */
    private static final int META_SCAN_CHARS = 16 * 1024;
    /** A capture is at most a few MiB; refuse anything far larger rather than load it. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * Reads {@code FILE} or {@code FILE@TIME}. The capture time is, in order: the {@code @TIME} suffix,
     * {@code optionTime} ({@code --captured-at}), the time a saved fixture records, now.
     */
    static CaptureFile read(String arg, Instant optionTime, Instant now) {
        Path path = Path.of(arg);
        Instant at = optionTime;
        int atSign = arg.lastIndexOf('@');
        if (atSign > 0) {
            Instant parsed = InstantConverter.parse(arg.substring(atSign + 1));
            // Only a valid time after the last '@' is a time: file names may contain '@' themselves.
            if (parsed != null) {
                path = Path.of(arg.substring(0, atSign));
                at = parsed;
            }
        }
        String html = readHtml(path);
        Map<String, String> saved = savedMeta(html);
        if (at == null) {
            Instant recorded = saved.containsKey("captured-at") ? InstantConverter.parse(saved.get("captured-at")) : null;
            at = recorded != null ? recorded : now;
        }
        return new CaptureFile(path, at, zone(saved.get("zone")), saved.get("url"), html);
    }

    private static Map<String, String> savedMeta(String html) {
        Map<String, String> found = new HashMap<>();
        Matcher m = SAVED_META.matcher(html.substring(0, Math.min(html.length(), META_SCAN_CHARS)));
        while (m.find()) {
            found.putIfAbsent(m.group(1), Parser.unescapeEntities(m.group(2), true));
        }
        return found;
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String readHtml(Path path) {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new CliException("cannot replay " + path + ": larger than 64 MiB, not a saved page");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CliException("cannot read " + path + ": " + describe(e));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CliException("cannot replay " + path + ": not UTF-8 text, so not a saved HTML page");
        }
        if (text.indexOf('\0') >= 0 || !LOOKS_LIKE_HTML.matcher(text).find()) {
            throw new CliException("cannot replay " + path + ": it does not look like HTML");
        }
        return text;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    CapturePipeline.Capture toCapture(String account) {
        return new CapturePipeline.Capture(account, capturedAt, "replay:" + path.getFileName(), url, html, null);
    }
}
