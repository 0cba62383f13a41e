package dev.inviteledger.http;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The status page's token list: {@code GET /api/v1/tokens} and {@code DELETE /api/v1/tokens/{id}}
 * (revoke). Session only; hashes are never sent.
 */
public final class TokenRoutes implements RouteModule {

    public record TokenView(long id, String origin, String label, Instant createdAt, Instant lastUsedAt,
                            Instant revokedAt, boolean active) {
        static TokenView of(TokenRecord t) {
            return new TokenView(t.id(), t.origin(), t.label(), t.createdAt(), t.lastUsedAt(), t.revokedAt(), t.active());
        }
    }

    public record Revoked(long id, Instant revokedAt) {}

    private final TokenStore store;
    private final Clock clock;

    public TokenRoutes(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/tokens", Access.SESSION, ctx -> {
            List<TokenView> views = store.list().stream().map(TokenView::of).toList();
            ctx.json(views);
        });
        routes.delete("/api/v1/tokens/{id}", Access.SESSION, ctx -> {
            long id = parseId(ctx.pathParam("id"));
            Instant now = clock.instant();
            if (!store.revoke(id, now)) {
                throw ApiError.notFound("token-not-found", "No active token has that id.");
            }
            ctx.json(new Revoked(id, now));
        });
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("token-not-found", "No active token has that id.");
        }
    }
}
