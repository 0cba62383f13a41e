package dev.inviteledger.http;

import java.time.Instant;

/**
 * A status-page session. The id travels only in an HttpOnly, SameSite=Strict cookie; the CSRF token is
 * given to the page (hidden form field or {@code GET /api/v1/session}) and must come back on every write.
 */
public record Session(String id, String csrfToken, Instant createdAt, Instant expiresAt) {}
