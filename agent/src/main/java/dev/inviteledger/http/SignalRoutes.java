package dev.inviteledger.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Set;

/**
 * {@code POST /api/v1/signals}: a LinkedIn limit message the extension saw on the page (only
 * {@code weekly-limit} so far). Stored as seen; the account summary warns about a recent one.
 */
public final class SignalRoutes implements RouteModule {
    public static final Set<String> KINDS = Set.of(AccountRoutes.WEEKLY_LIMIT);
    /** LinkedIn's limit messages are a sentence or two; keep no more than this of the scraped text. */
    public static final int MAX_TEXT = 1000;

    public record SignalRequest(String kind, String text, String url, String seenAt, String account) {}

    public record Accepted(long id, String account, String kind, Instant seenAt) {}

    private final ApiServices services;

    public SignalRoutes(ApiServices services) {
        this.services = services;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/signals", Access.TOKEN, this::signal);
    }

    private void signal(Context ctx) {
        SignalRequest body = JsonBody.read(ctx, SignalRequest.class);
        String kind = Fields.required("kind", body.kind());
        if (!KINDS.contains(kind)) {
            throw Fields.invalid("kind", "must be \"" + AccountRoutes.WEEKLY_LIMIT + "\".");
        }
        // Scraped text: cleaned of control and bidi characters and capped, never interpreted.
        String text = FreeText.clean(Fields.required("text", body.text()), MAX_TEXT);
        if (text.isEmpty()) {
            throw Fields.invalid("text", "is required.");
        }
        String url = Fields.linkedInUrl("url", body.url()).toString();
        Instant seenAt = Fields.instant("seenAt", body.seenAt(), services.clock().instant());
        String account = Fields.account("account", body.account());
        long id = services.ledger().recordSignal(account, kind, text, url, seenAt);
        ctx.status(202).json(new Accepted(id, account, kind, seenAt));
    }
}
