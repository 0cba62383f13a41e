package dev.inviteledger.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers every response carries, errors and static files included. Set first, before any guard can
 * reject, so rejections carry them too. The CSP is sent on every response, not only HTML: it costs
 * nothing on JSON and means no page can ever be served without it.
 */
public final class SecurityHeaders implements Handler {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'";

    /** Header name to value, in the order they are written. */
    public static final Map<String, String> HEADERS = headers();

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        // Ledger data must never land in a browser or proxy cache.
        h.put("Cache-Control", "no-store");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // Old browsers ignore frame-ancestors; both say "never in a frame".
        h.put("X-Frame-Options", "DENY");
        // No-cors embedding (<script src>, <img>) from other sites gets nothing; CORS fetches are unaffected.
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        return Collections.unmodifiableMap(h);
    }

    public static void apply(BiConsumer<String, String> setHeader) {
        HEADERS.forEach(setHeader);
    }

    @Override
    public void handle(Context ctx) {
        apply(ctx::header);
    }
}
