package dev.inviteledger.ledger;

import java.time.Instant;

/** A paired extension's bearer token; the ledger stores only its hash. */
public record ClientToken(long id, String origin, String label, String tokenHash, Instant createdAt,
                          Instant lastUsedAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
