package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inviteledger.config.AppInfo;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenGuardTest {
    private static final String EXTENSION = "chrome-extension://" + AppInfo.EXTENSION_ID;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final Sessions sessions = new Sessions(clock, Duration.ofDays(1));
    private final TokenIssuer issuer = new TokenIssuer(store, clock);
    private final TokenGuard guard = new TokenGuard(store, sessions, clock);

    private TokenGuard.Facts facts(Access access, String authorization, String origin, OriginGuard.Kind kind,
                                   Optional<Session> session, boolean write, boolean form, String csrf) {
        return new TokenGuard.Facts(access, authorization, origin, kind, () -> session, write, form, () -> csrf);
    }

    private TokenGuard.Facts bearer(Access access, String token, String origin) {
        OriginGuard.Kind kind = origin == null ? OriginGuard.Kind.NONE : OriginGuard.Kind.EXTENSION;
        return facts(access, "Bearer " + token, origin, kind, Optional.empty(), false, false, null);
    }

    private void assertRejected(TokenGuard.Facts request, int status, String code) {
        assertThatThrownBy(() -> guard.authorize(request)).isInstanceOfSatisfying(ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void publicRoutesNeedNothing() {
        assertThat(guard.authorize(facts(Access.PUBLIC, null, null, OriginGuard.Kind.NONE, Optional.empty(), true, false, null)).kind())
                .isEqualTo(Caller.Kind.ANONYMOUS);
    }

    @Test
    void aValidTokenFromItsOwnOriginPassesAndIsTouched() {
        TokenIssuer.IssuedToken issued = issuer.issue(EXTENSION, "laptop");
        clock.advance(Duration.ofMinutes(1));
        Caller caller = guard.authorize(bearer(Access.TOKEN, issued.token(), EXTENSION));
        assertThat(caller.kind()).isEqualTo(Caller.Kind.TOKEN);
        assertThat(caller.token().id()).isEqualTo(issued.id());
        assertThat(store.list().get(0).lastUsedAt()).isEqualTo(clock.instant());
    }

    @Test
    void anExtensionTokenWithoutOriginPasses() {
        // Chrome may omit Origin on an extension's GET; the token alone then identifies it.
        TokenIssuer.IssuedToken issued = issuer.issue(EXTENSION, "laptop");
        assertThat(guard.authorize(bearer(Access.TOKEN, issued.token(), null)).kind()).isEqualTo(Caller.Kind.TOKEN);
    }

    @Test
    void aTokenIsBoundToTheOriginItWasIssuedTo() {
        TokenIssuer.IssuedToken extensionToken = issuer.issue(EXTENSION, "laptop");
        TokenIssuer.IssuedToken scriptToken = issuer.issue(null, "script");
        assertRejected(bearer(Access.TOKEN, extensionToken.token(), "chrome-extension://" + "b".repeat(32)), 403, "token-origin-mismatch");
        assertRejected(bearer(Access.TOKEN, scriptToken.token(), EXTENSION), 403, "token-origin-mismatch");
        assertThat(guard.authorize(bearer(Access.TOKEN, scriptToken.token(), null)).kind()).isEqualTo(Caller.Kind.TOKEN);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "ABSENT", value = {
            "Bearer,                                                 invalid-token",
            "Bearer nope,                                            invalid-token",
            "Basic dXNlcjpwYXNz,                                     invalid-token",
            "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA,     invalid-token",
            "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA x,   invalid-token"})
    void unknownOrMalformedTokensAre401(String authorization, String code) {
        issuer.issue(EXTENSION, "laptop");
        assertRejected(facts(Access.TOKEN, authorization, null, OriginGuard.Kind.NONE, Optional.empty(), false, false, null), 401, code);
        assertThat(store.list()).allSatisfy(t -> assertThat(t.lastUsedAt()).isNull());
    }

    @Test
    void aRevokedTokenIs401() {
        TokenIssuer.IssuedToken issued = issuer.issue(EXTENSION, "laptop");
        store.revoke(issued.id(), clock.instant());
        assertRejected(bearer(Access.TOKEN, issued.token(), EXTENSION), 401, "invalid-token");
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        TokenIssuer.IssuedToken issued = issuer.issue(null, "script");
        assertThat(guard.authorize(facts(Access.TOKEN, "bearer  " + issued.token(), null, OriginGuard.Kind.NONE,
                Optional.empty(), false, false, null)).kind()).isEqualTo(Caller.Kind.TOKEN);
    }

    @Test
    void nothingAtAllIs401() {
        assertRejected(facts(Access.TOKEN, null, null, OriginGuard.Kind.NONE, Optional.empty(), false, false, null), 401, "auth-required");
        assertRejected(facts(Access.SESSION, null, null, OriginGuard.Kind.NONE, Optional.empty(), false, false, null), 401, "auth-required");
    }

    @Test
    void sessionOnlyRoutesRefuseTokens() {
        TokenIssuer.IssuedToken issued = issuer.issue(EXTENSION, "laptop");
        assertRejected(bearer(Access.SESSION, issued.token(), EXTENSION), 403, "session-required");
        assertThat(store.list().get(0).lastUsedAt()).isNull();
    }

    @Test
    void sessionsReadFreelyAndWriteWithTheirCsrfToken() {
        Session session = sessions.create();
        Optional<Session> s = Optional.of(session);
        assertThat(guard.authorize(facts(Access.SESSION, null, null, OriginGuard.Kind.NONE, s, false, false, null)).session())
                .isEqualTo(session);
        assertThat(guard.authorize(facts(Access.SESSION, null, "x", OriginGuard.Kind.SELF, s, true, false, session.csrfToken())).kind())
                .isEqualTo(Caller.Kind.SESSION);
        assertRejected(facts(Access.SESSION, null, "x", OriginGuard.Kind.SELF, s, true, false, null), 403, "csrf-token-mismatch");
        assertRejected(facts(Access.SESSION, null, "x", OriginGuard.Kind.SELF, s, true, false, "wrong"), 403, "csrf-token-mismatch");
        assertRejected(facts(Access.SESSION, null, "x", OriginGuard.Kind.SELF, s, true, false, sessions.create().csrfToken()),
                403, "csrf-token-mismatch");
    }

    @Test
    void sessionsOnlyWorkOnTheAgentsOwnPages() {
        Optional<Session> s = Optional.of(sessions.create());
        assertRejected(facts(Access.TOKEN, null, EXTENSION, OriginGuard.Kind.EXTENSION, s, false, false, null), 403, "session-origin");
    }

    @Test
    void formPostsNeedTheOwnOriginAndTheCsrfField() {
        Session session = sessions.create();
        Optional<Session> s = Optional.of(session);
        assertThat(guard.authorize(facts(Access.SESSION, null, "x", OriginGuard.Kind.SELF, s, true, true, session.csrfToken())).kind())
                .isEqualTo(Caller.Kind.SESSION);
        assertRejected(facts(Access.SESSION, null, null, OriginGuard.Kind.NONE, s, true, true, session.csrfToken()), 403, "form-origin-required");
        assertRejected(facts(Access.SESSION, null, "x", OriginGuard.Kind.SELF, s, true, true, ""), 403, "csrf-token-mismatch");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "SESSION, /api/v1/tokens, SESSION",
            "TOKEN,   /api/v1/x,      TOKEN",
            "PUBLIC,  /api/v1/health, PUBLIC",
            "NONE,    /api/v1/x,      TOKEN",
            "NONE,    /assets/app.css, PUBLIC"})
    void accessComesFromTheRouteWithASafeDefault(String role, String path, Access expected) {
        Set<RouteRole> roles = role.equals("NONE") ? Set.of() : Set.of(Access.valueOf(role));
        assertThat(TokenGuard.accessOf(roles, path)).isEqualTo(expected);
    }

    @Test
    void theMostRestrictiveDeclaredAccessWins() {
        assertThat(TokenGuard.accessOf(Set.of(Access.PUBLIC, Access.SESSION), "/x")).isEqualTo(Access.SESSION);
    }
}
