package dev.inviteledger.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Decides which browser contexts may talk to the agent, and is the only place that writes CORS headers.
 * <ul>
 *   <li>no Origin (curl, scripts, top-level navigation) and the agent's own origin (status pages) pass
 *       without CORS headers;</li>
 *   <li>{@code chrome-extension://<id>} for an allowed id passes and gets CORS headers naming exactly that
 *       origin — never {@code *}, never a reflected foreign origin;</li>
 *   <li>everything else — web sites, {@code null} (sandboxed frames, file://), other extensions — gets 403
 *       before routing, so a preflight from a web page fails and a "simple" request is refused.</li>
 * </ul>
 */
public final class OriginGuard implements Handler {

    public static final String ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE";
    public static final String ALLOW_HEADERS = "Authorization, Content-Type, " + WriteGuard.API_HEADER;
    static final String MAX_AGE_SECONDS = "600";
    private static final String EXTENSION_SCHEME = "chrome-extension://";
    private static final String KIND_ATTRIBUTE = "invite-ledger.origin-kind";

    /** How a request's Origin header was classified. */
    public enum Kind { NONE, SELF, EXTENSION, FOREIGN }

    private final AgentAddress address;
    private final Set<String> extensionIds;

    public OriginGuard(AgentAddress address, Set<String> extensionIds) {
        this.address = address;
        this.extensionIds = Set.copyOf(extensionIds);
    }

    /** The classification the guard stored for this request (NONE if the guard did not run). */
    public static Kind kindOf(Context ctx) {
        Kind kind = ctx.attribute(KIND_ATTRIBUTE);
        return kind == null ? Kind.NONE : kind;
    }

    @Override
    public void handle(Context ctx) {
        List<String> origins = Collections.list(ctx.req().getHeaders("Origin"));
        Kind kind = origins.size() > 1 ? Kind.FOREIGN : classify(origins.isEmpty() ? null : origins.get(0));
        if (kind == Kind.FOREIGN) {
            throw ApiError.forbidden("origin-not-allowed",
                    "This agent only accepts requests from its own pages and from the Invite Ledger extension.");
        }
        ctx.attribute(KIND_ATTRIBUTE, kind);
        if (kind != Kind.EXTENSION) {
            return;
        }
        String origin = origins.get(0);
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        if (isPreflight(ctx)) {
            ctx.header("Access-Control-Allow-Methods", ALLOW_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            if ("true".equalsIgnoreCase(ctx.header("Access-Control-Request-Private-Network"))) {
                // Chrome's Private Network Access asks before a public context reaches loopback.
                ctx.header("Access-Control-Allow-Private-Network", "true");
            }
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    /** Pure classification of one Origin header value (null when absent). */
    public Kind classify(String origin) {
        if (origin == null) {
            return Kind.NONE;
        }
        if (address.isOwnOrigin(origin)) {
            return Kind.SELF;
        }
        if (origin.startsWith(EXTENSION_SCHEME) && extensionIds.contains(origin.substring(EXTENSION_SCHEME.length()))) {
            return Kind.EXTENSION;
        }
        return Kind.FOREIGN;
    }

    private static boolean isPreflight(Context ctx) {
        return ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
    }
}
