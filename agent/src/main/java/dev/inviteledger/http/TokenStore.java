package dev.inviteledger.http;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where API tokens are kept: hashes only ({@link Secrets#hash}). The agent ships {@link InMemoryTokenStore};
 * the ledger provides the persistent SQLite implementation. Implementations must be thread-safe.
 */
public interface TokenStore {

    /** Stores a new active token and returns its id. */
    long insert(String origin, String label, String hash, Instant at);

    /** The active (not revoked) token with this hash. */
    Optional<TokenRecord> findActiveByHash(String hash);

    /** All tokens, revoked ones included, oldest first. */
    List<TokenRecord> list();

    /** Revokes an active token; false if there is no such token or it was already revoked. */
    boolean revoke(long id, Instant at);

    /** Records a use (implementations may coalesce frequent writes). */
    void touch(long id, Instant at);
}
