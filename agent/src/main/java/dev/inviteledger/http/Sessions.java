package dev.inviteledger.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Status-page sessions, in memory (a restart signs the user out). A session starts only by redeeming a
 * {@link LoginLinks login link}, so another local account that can reach 127.0.0.1 cannot open one.
 * Sessions are found by the hash of their id, like tokens.
 */
public final class Sessions {

    public static final String COOKIE = "invite_ledger_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FORM_FIELD = "csrf";
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);

    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, Session> byIdHash = new ConcurrentHashMap<>();

    public Sessions(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Session create() {
        Instant now = clock.instant();
        byIdHash.values().removeIf(s -> !now.isBefore(s.expiresAt()));
        Session session = new Session(Secrets.newSecret(), Secrets.newSecret(), now, now.plus(lifetime));
        byIdHash.put(Secrets.hash(session.id()), session);
        return session;
    }

    public Optional<Session> find(String id) {
        if (!Secrets.looksLikeSecret(id)) {
            return Optional.empty();
        }
        Session session = byIdHash.get(Secrets.hash(id));
        if (session == null || !clock.instant().isBefore(session.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** The session named by the request's cookie, if any. */
    public Optional<Session> current(Context ctx) {
        return find(ctx.cookie(COOKIE));
    }

    public void end(Session session) {
        byIdHash.remove(Secrets.hash(session.id()));
    }

    /** Sets the cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), path-wide. */
    public void setCookie(Context ctx, Session session) {
        long maxAge = Duration.between(clock.instant(), session.expiresAt()).toSeconds();
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + session.id() + "; Path=/; Max-Age=" + maxAge
                + "; HttpOnly; SameSite=Strict");
    }

    public void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    public static boolean csrfMatches(Session session, String presented) {
        return Secrets.constantTimeEquals(session.csrfToken(), presented);
    }
}
