package dev.inviteledger.http;

import java.time.Instant;

/**
 * One API token as stored: never the token itself, only its hash.
 *
 * @param origin     the extension origin it was paired for ({@code chrome-extension://<id>}), or null for a
 *                   token printed by the {@code token} command for the user's own scripts
 * @param label      what the user or the extension called it (free text: escape when showing)
 * @param lastUsedAt null until first used
 * @param revokedAt  null while active
 */
public record TokenRecord(long id, String origin, String label, String hash, Instant createdAt, Instant lastUsedAt,
                          Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
