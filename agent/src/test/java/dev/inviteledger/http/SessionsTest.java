package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final Sessions sessions = new Sessions(clock, Duration.ofHours(1));

    @Test
    void sessionsAreFoundByIdUntilTheyExpireOrEnd() {
        Session session = sessions.create();
        assertThat(session.id()).isNotEqualTo(session.csrfToken());
        assertThat(sessions.find(session.id())).contains(session);
        assertThat(sessions.find(session.csrfToken())).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("x")).isEmpty();

        clock.advance(Duration.ofHours(1));
        assertThat(sessions.find(session.id())).isEmpty();

        Session other = sessions.create();
        sessions.end(other);
        assertThat(sessions.find(other.id())).isEmpty();
    }

    @Test
    void csrfTokensMatchOnlyTheirSession() {
        Session a = sessions.create();
        Session b = sessions.create();
        assertThat(Sessions.csrfMatches(a, a.csrfToken())).isTrue();
        assertThat(Sessions.csrfMatches(a, b.csrfToken())).isFalse();
        assertThat(Sessions.csrfMatches(a, null)).isFalse();
        assertThat(Sessions.csrfMatches(a, "")).isFalse();
    }
}
