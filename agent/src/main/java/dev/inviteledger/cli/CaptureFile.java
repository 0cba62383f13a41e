package dev.inviteledger.cli;

import dev.inviteledger.report.CapturePipeline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;

/** A saved page named on the command line ({@code FILE} or {@code FILE@TIME}), read and checked up front. */
record CaptureFile(Path path, Instant capturedAt, String html) {
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*[a-zA-Z!]");
    /** A capture is at most a few MiB; refuse anything far larger rather than load it. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    static CaptureFile read(String arg, Instant defaultTime) {
        Path path = Path.of(arg);
        Instant at = defaultTime;
        int atSign = arg.lastIndexOf('@');
        if (atSign > 0) {
            Instant parsed = InstantConverter.parse(arg.substring(atSign + 1));
            // Only a valid time after the last '@' is a time: file names may contain '@' themselves.
            if (parsed != null) {
                path = Path.of(arg.substring(0, atSign));
                at = parsed;
            }
        }
        return new CaptureFile(path, at, readHtml(path));
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
        return new CapturePipeline.Capture(account, capturedAt, "replay:" + path.getFileName(), null, html, null);
    }
}
