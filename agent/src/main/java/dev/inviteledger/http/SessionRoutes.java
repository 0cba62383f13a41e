package dev.inviteledger.http;

import io.javalin.http.Context;
import java.time.Instant;

/**
 * Status-page sign-in.
 * <ul>
 *   <li>{@code GET /login?key=...} redeems a one-time login link: sets the session cookie and moves on to
 *       the dashboard through a same-site refresh (a redirect would keep the cross-site context of the
 *       click in the terminal, and SameSite=Strict would then withhold the new cookie);</li>
 *   <li>{@code GET /api/v1/session} gives the page its CSRF token;</li>
 *   <li>{@code DELETE /api/v1/session} signs out;</li>
 *   <li>{@code POST /api/v1/login-links} lets the paired extension open the dashboard signed in.</li>
 * </ul>
 */
public final class SessionRoutes implements RouteModule {

    public record SessionView(String csrfToken, Instant expiresAt) {}

    private static final String CONTINUE_PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"0;url=/\"><title>Invite Ledger</title></head>"
            + "<body><p>Signed in. <a href=\"/\">Continue to Invite Ledger</a>.</p></body></html>";

    private final Sessions sessions;
    private final LoginLinks loginLinks;

    public SessionRoutes(Sessions sessions, LoginLinks loginLinks) {
        this.sessions = sessions;
        this.loginLinks = loginLinks;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/login", Access.PUBLIC, this::login);
        routes.get("/api/v1/session", Access.SESSION, ctx -> {
            Session session = Caller.of(ctx).session();
            ctx.json(new SessionView(session.csrfToken(), session.expiresAt()));
        });
        routes.delete("/api/v1/session", Access.SESSION, ctx -> {
            sessions.end(Caller.of(ctx).session());
            sessions.clearCookie(ctx);
            ctx.status(204);
        });
        routes.post("/api/v1/login-links", Access.TOKEN,
                ctx -> ctx.status(201).json(loginLinks.mint(LoginLinks.EXTENSION_LINK_LIFETIME)));
    }

    private void login(Context ctx) {
        if (!loginLinks.redeem(ctx.queryParam("key"))) {
            throw ApiError.forbidden("login-link-invalid",
                    "This login link is unknown, used or expired: open a new one from the extension or the agent's console.");
        }
        sessions.setCookie(ctx, sessions.create());
        ctx.contentType("text/html; charset=utf-8").result(CONTINUE_PAGE);
    }
}
