package dev.inviteledger.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Locale;

/**
 * Pairing over HTTP.
 * <ul>
 *   <li>{@code POST /api/v1/pairing} (extension origin only) → 201 {pairingId, code, expiresAt}</li>
 *   <li>{@code GET /api/v1/pairing/{pairingId}} (the requester's poll) → {status, token?}</li>
 *   <li>{@code GET /api/v1/pairing} (status page) → waiting requests</li>
 *   <li>{@code POST /api/v1/pairing/{pairingId}/approve} {code} and {@code .../deny} (status page)</li>
 * </ul>
 */
public final class PairingRoutes implements RouteModule {

    public record PairingRequest(String extensionId, String extensionVersion, String label) {}

    public record ApproveRequest(String code) {}

    public record TicketView(String pairingId, String code, Instant expiresAt) {}

    public record PollView(String status, String token) {}

    public record Decision(String pairingId, String status) {}

    private final PairingService pairing;

    public PairingRoutes(PairingService pairing) {
        this.pairing = pairing;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/pairing", Access.PUBLIC, this::request);
        routes.get("/api/v1/pairing/{pairingId}", Access.PUBLIC, this::poll);
        routes.get("/api/v1/pairing", Access.SESSION, ctx -> ctx.json(pairing.pending()));
        routes.post("/api/v1/pairing/{pairingId}/approve", Access.SESSION, this::approve);
        routes.post("/api/v1/pairing/{pairingId}/deny", Access.SESSION, ctx -> {
            pairing.deny(ctx.pathParam("pairingId"));
            ctx.json(new Decision(ctx.pathParam("pairingId"), "denied"));
        });
    }

    private void request(Context ctx) {
        if (OriginGuard.kindOf(ctx) != OriginGuard.Kind.EXTENSION) {
            throw ApiError.forbidden("extension-origin-required",
                    "Pairing requests are only accepted from the Invite Ledger extension.");
        }
        String origin = ctx.header("Origin");
        PairingRequest body = JsonBody.read(ctx, PairingRequest.class);
        if (body.extensionVersion() == null || body.extensionVersion().isBlank()) {
            throw ApiError.badRequest("invalid-field", "Field \"extensionVersion\" is required.");
        }
        if (body.extensionId() != null && !origin.equals("chrome-extension://" + body.extensionId())) {
            throw ApiError.badRequest("invalid-field", "Field \"extensionId\" does not match the request's origin.");
        }
        PairingService.Ticket ticket = pairing.request(origin, body.label(), body.extensionVersion());
        ctx.status(201).json(new TicketView(ticket.pairingId(), ticket.code(), ticket.expiresAt()));
    }

    private void poll(Context ctx) {
        PairingService.PollResult result = pairing.poll(ctx.pathParam("pairingId"), ctx.header("Origin"));
        ctx.json(new PollView(result.status().name().toLowerCase(Locale.ROOT), result.token()));
    }

    private void approve(Context ctx) {
        ApproveRequest body = JsonBody.read(ctx, ApproveRequest.class);
        if (body.code() == null || body.code().isBlank()) {
            throw ApiError.badRequest("invalid-field", "Field \"code\" is required: type the code shown in the extension.");
        }
        PairingService.PendingView approved = pairing.approve(ctx.pathParam("pairingId"), body.code());
        ctx.json(new Decision(approved.pairingId(), "approved"));
    }
}
