package dev.inviteledger.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Authenticates callers of non-public routes, after the Host/Origin/write guards and once the route is
 * known (it runs as a before-matched handler and reads the route's {@link Access}).
 * <ul>
 *   <li>{@code Authorization: Bearer <token>}: hashed, looked up by hash among active tokens, re-compared in
 *       constant time; a token paired for one extension origin is refused with any other Origin;</li>
 *   <li>otherwise the status-page session cookie; writes must also present the session's CSRF token
 *       ({@code X-CSRF-Token} header, or the {@code csrf} field of a declared form route, which must
 *       also come from the agent's own origin);</li>
 *   <li>{@link Access#SESSION} routes accept only the session: a token cannot approve pairings or
 *       mint more tokens.</li>
 * </ul>
 * A route without a declared access is treated as {@link Access#TOKEN} under {@code /api/} and as public
 * elsewhere (static assets).
 */
public final class TokenGuard implements Handler {

    /** What the guard needs to know about one request; suppliers are only called when needed. */
    record Facts(Access access, String authorization, String origin, OriginGuard.Kind originKind,
                 Supplier<Optional<Session>> session, boolean write, boolean formRoute, Supplier<String> csrf) {}

    private static final String SCHEME = "bearer";
    /** Compiled once: {@code String.split("\\s+")} compiled it again on every request. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final TokenStore store;
    private final Sessions sessions;
    private final Clock clock;

    public TokenGuard(TokenStore store, Sessions sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) {
        String method = ctx.method().name();
        boolean form = WriteGuard.isFormSubmission(ctx);
        Facts facts = new Facts(accessOf(ctx.routeRoles(), ctx.path()), ctx.header("Authorization"), ctx.header("Origin"),
                OriginGuard.kindOf(ctx), () -> sessions.current(ctx), WriteGuard.isWrite(method), form,
                () -> form ? ctx.formParam(Sessions.CSRF_FORM_FIELD) : ctx.header(Sessions.CSRF_HEADER));
        try {
            ctx.attribute(Caller.ATTRIBUTE, authorize(facts));
        } catch (ApiError e) {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"invite-ledger\"");
            }
            throw e;
        }
    }

    Caller authorize(Facts request) {
        if (request.access() == Access.PUBLIC) {
            return Caller.ANONYMOUS;
        }
        if (request.authorization() != null) {
            if (request.access() == Access.SESSION) {
                throw ApiError.forbidden("session-required",
                        "This action is only available on the agent's own status page, not with a token.");
            }
            TokenRecord token = authenticate(request.authorization(), request.origin());
            store.touch(token.id(), clock.instant());
            return new Caller(Caller.Kind.TOKEN, token, null);
        }
        Session session = request.session().get().orElseThrow(() -> ApiError.unauthorized("auth-required",
                "Send Authorization: Bearer <token> (pair the extension, or run `invite-ledger token`), "
                        + "or open the status page through a login link."));
        if (request.originKind() != OriginGuard.Kind.NONE && request.originKind() != OriginGuard.Kind.SELF) {
            throw ApiError.forbidden("session-origin", "The status-page session only works on the agent's own pages.");
        }
        if (request.write()) {
            if (request.formRoute() && request.originKind() != OriginGuard.Kind.SELF) {
                throw ApiError.forbidden("form-origin-required", "Forms are only accepted from the agent's own pages.");
            }
            if (!Sessions.csrfMatches(session, request.csrf().get())) {
                throw ApiError.forbidden("csrf-token-mismatch",
                        "This change needs the page's CSRF token: reload the status page and try again.");
            }
        }
        return new Caller(Caller.Kind.SESSION, null, session);
    }

    private TokenRecord authenticate(String authorization, String origin) {
        String presented = bearerToken(authorization)
                .orElseThrow(() -> ApiError.unauthorized("invalid-token", "The Authorization header must be: Bearer <token>."));
        String hash = Secrets.hash(presented);
        TokenRecord token = store.findActiveByHash(hash)
                .filter(found -> Secrets.constantTimeEquals(found.hash(), hash))
                .orElseThrow(() -> ApiError.unauthorized("invalid-token",
                        "This token is unknown or was revoked: pair the extension again."));
        if (origin != null && !origin.equals(token.origin())) {
            throw ApiError.forbidden("token-origin-mismatch", "This token was issued to a different client.");
        }
        return token;
    }

    /** The secret of {@code Bearer <secret>}: the scheme in any case, one secret of the right shape, nothing else. */
    static Optional<String> bearerToken(String authorization) {
        String[] parts = WHITESPACE.split(authorization.trim());
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals(SCHEME) || !Secrets.looksLikeSecret(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }

    /** The most restrictive access the route declared; a default when it declared none. */
    static Access accessOf(Set<RouteRole> roles, String path) {
        if (roles.contains(Access.SESSION)) {
            return Access.SESSION;
        }
        if (roles.contains(Access.TOKEN)) {
            return Access.TOKEN;
        }
        if (roles.contains(Access.PUBLIC)) {
            return Access.PUBLIC;
        }
        return path.startsWith("/api/") ? Access.TOKEN : Access.PUBLIC;
    }
}
