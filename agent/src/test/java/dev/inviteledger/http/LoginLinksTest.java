package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginLinksTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final LoginLinks links = new LoginLinks(clock, AgentAddress.fixed(27121));

    private static String key(LoginLinks.LoginLink link) {
        return link.url().substring(link.url().indexOf("key=") + 4);
    }

    @Test
    void aLinkPointsAtTheAgentAndWorksOnce() {
        LoginLinks.LoginLink link = links.mint(Duration.ofMinutes(2));
        assertThat(link.url()).startsWith("http://127.0.0.1:27121/login?key=");
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(links.redeem(key(link))).isTrue();
        assertThat(links.redeem(key(link))).isFalse();
    }

    @Test
    void aLinkExpires() {
        LoginLinks.LoginLink link = links.mint(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(links.redeem(key(link))).isFalse();
    }

    @Test
    void guessesAndGarbageRedeemNothing() {
        links.mint(Duration.ofMinutes(2));
        assertThat(links.redeem(null)).isFalse();
        assertThat(links.redeem("")).isFalse();
        assertThat(links.redeem(Secrets.newSecret())).isFalse();
    }
}
