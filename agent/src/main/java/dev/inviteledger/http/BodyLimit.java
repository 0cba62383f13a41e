package dev.inviteledger.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;

/**
 * Refuses request bodies over the limit (8 MiB by default) with 413.
 * <ul>
 *   <li>A declared {@code Content-Length} over the limit is refused here, before routing and before a
 *       byte of the body is read; the connection is then closed so the rest is never read either.</li>
 *   <li>Bodies without a length (chunked) are counted while they are read: {@link #configure} sets
 *       Javalin's {@code http.maxRequestSize}, which {@code ctx.body*()} / {@link JsonBody} enforce, and
 *       the multipart limits for the import upload. Handlers read bodies only through those.</li>
 * </ul>
 */
public final class BodyLimit implements Handler {

    private final long maxBytes;

    public BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The limit for streamed (chunked) bodies and multipart uploads, same number. */
    public void configure(JavalinConfig config) {
        config.http.maxRequestSize = maxBytes;
        config.jetty.multipartConfig.maxTotalRequestSize(maxBytes, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(maxBytes, SizeUnit.BYTES);
    }

    @Override
    public void handle(Context ctx) {
        Optional<ApiError> error = check(ctx.header("Content-Length"));
        if (error.isPresent()) {
            // Tell Jetty not to keep the connection: the unread body is dropped with it.
            ctx.header("Connection", "close");
            throw error.get();
        }
    }

    Optional<ApiError> check(String contentLength) {
        if (contentLength == null) {
            return Optional.empty();
        }
        long declared;
        try {
            declared = Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return Optional.of(ApiError.badRequest("bad-content-length", "Content-Length must be a number of bytes."));
        }
        if (declared > maxBytes) {
            return Optional.of(tooLarge(maxBytes));
        }
        return Optional.empty();
    }

    static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, "body-too-large", "Request bodies are limited to " + describe(maxBytes) + ".");
    }

    static String describe(long bytes) {
        long mib = 1024L * 1024;
        if (bytes % mib == 0) {
            return bytes / mib + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
