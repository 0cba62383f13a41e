package dev.inviteledger.http;

import java.time.Clock;

/** Mints API tokens: the caller sees the token once, the store keeps its hash. */
public final class TokenIssuer {

    public static final int MAX_LABEL_LENGTH = 64;

    /** A token as handed out, exactly once. */
    public record IssuedToken(long id, String token) {}

    private final TokenStore store;
    private final Clock clock;

    public TokenIssuer(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param origin the extension origin the token is bound to, or null for a local script's token
     * @param label  free text, cleaned of control characters and shortened
     */
    public IssuedToken issue(String origin, String label) {
        String token = Secrets.newSecret();
        long id = store.insert(origin, FreeText.clean(label, MAX_LABEL_LENGTH), Secrets.hash(token), clock.instant());
        return new IssuedToken(id, token);
    }
}
