package dev.inviteledger.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time links that open a status-page session: {@code http://127.0.0.1:<port>/login?key=<secret>}.
 * {@code serve} prints one; the paired extension can ask for one ({@code POST /api/v1/login-links}).
 * Only the hash of a key is kept; a key works once and expires.
 */
public final class LoginLinks {

    public static final Duration CONSOLE_LINK_LIFETIME = Duration.ofHours(1);
    public static final Duration EXTENSION_LINK_LIFETIME = Duration.ofMinutes(2);

    /** A link as handed out. */
    public record LoginLink(String url, Instant expiresAt) {}

    private final Clock clock;
    private final AgentAddress address;
    private final Map<String, Instant> expiryByKeyHash = new ConcurrentHashMap<>();

    public LoginLinks(Clock clock, AgentAddress address) {
        this.clock = clock;
        this.address = address;
    }

    public LoginLink mint(Duration lifetime) {
        Instant now = clock.instant();
        expiryByKeyHash.values().removeIf(expiry -> !now.isBefore(expiry));
        String key = Secrets.newSecret();
        Instant expiresAt = now.plus(lifetime);
        expiryByKeyHash.put(Secrets.hash(key), expiresAt);
        return new LoginLink(address.baseUrl() + "login?key=" + key, expiresAt);
    }

    /** True once per valid key: the key is consumed. */
    public boolean redeem(String key) {
        if (!Secrets.looksLikeSecret(key)) {
            return false;
        }
        Instant expiresAt = expiryByKeyHash.remove(Secrets.hash(key));
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
