package dev.inviteledger.http;

import dev.inviteledger.ledger.LedgerConflictException;
import dev.inviteledger.ledger.UnknownInvitationException;
import dev.inviteledger.ledger.WithdrawalRecord;
import dev.inviteledger.page.InvitationKeys;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The withdrawal log LinkedIn does not keep.
 * <ul>
 *   <li>{@code POST /api/v1/withdrawals}: record one the user made by hand. The invitation is named by its
 *       {@code key}, else its {@code profileUrl} (keyed like the parser keys rows), else its {@code name}, which
 *       must match exactly one pending invitation (the extension only sees the name in LinkedIn's toast);</li>
 *   <li>{@code DELETE /api/v1/withdrawals/{id}}: undo (the invitation goes back to pending unless a later
 *       complete capture proved it gone);</li>
 *   <li>{@code GET /api/v1/withdrawals?account=}: the log, undone ones included, with the date a re-send becomes
 *       possible (the policy's {@code resendCooldownDays}).</li>
 * </ul>
 */
public final class WithdrawalRoutes implements RouteModule {
    static final int MAX_NAME_LENGTH = 300;

    public record WithdrawalRequest(String account, String key, String profileUrl, String name, String withdrawnAt,
                                    String source) {}

    public record Recorded(long id, String account, String key, Instant withdrawnAt, Instant resendEligibleAt) {}

    public record Undone(long id, String key, boolean undone, Instant undoneAt) {}

    public record Entry(long id, String key, String name, Instant withdrawnAt, String source, boolean active,
                        Instant undoneAt, Instant resendEligibleAt) {}

    public record Log(String account, int resendCooldownDays, List<Entry> withdrawals) {}

    private final ApiServices services;

    public WithdrawalRoutes(ApiServices services) {
        this.services = services;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/withdrawals", Access.TOKEN, this::record);
        routes.delete("/api/v1/withdrawals/{id}", Access.TOKEN, this::undo);
        routes.get("/api/v1/withdrawals", Access.TOKEN, this::list);
    }

    private void record(Context ctx) {
        WithdrawalRequest body = JsonBody.read(ctx, WithdrawalRequest.class);
        Instant now = services.clock().instant();
        String source = Fields.required("source", body.source());
        if (!WithdrawalRecord.OBSERVED.equals(source) && !WithdrawalRecord.MANUAL.equals(source)) {
            throw Fields.invalid("source", "must be \"observed\" (the extension saw LinkedIn confirm it) or \"manual\".");
        }
        String account = Fields.account("account", body.account());
        Instant at = Fields.instantOrNow("withdrawnAt", body.withdrawnAt(), now);
        String key = resolveKey(account, body);
        WithdrawalRecord recorded;
        try {
            recorded = services.ledger().recordWithdrawal(account, key, at, source);
        } catch (UnknownInvitationException e) {
            throw ApiError.notFound("invitation-not-found", "The account has no invitation with that key.");
        } catch (LedgerConflictException e) {
            throw ApiError.conflict("invitation-accepted", "That invitation was accepted: there is nothing to withdraw.");
        }
        ctx.status(201).json(new Recorded(recorded.id(), account, recorded.key(), recorded.withdrawnAt(),
                recorded.resendEligibleAt(cooldown())));
    }

    /** key, else profileUrl, else a unique pending match by name. */
    private String resolveKey(String account, WithdrawalRequest body) {
        if (body.key() != null) {
            return InvitationKeyParam.check("key", body.key());
        }
        if (body.profileUrl() != null) {
            Fields.text("profileUrl", body.profileUrl(), Fields.MAX_URL_LENGTH);
            String key = InvitationKeys.keyForProfileHref(body.profileUrl());
            if (key == null) {
                throw Fields.invalid("profileUrl", "must be a LinkedIn profile link (https://www.linkedin.com/in/...).");
            }
            return key;
        }
        if (body.name() != null) {
            String name = InvitationKeys.storedName(Fields.text("name", body.name(), MAX_NAME_LENGTH));
            List<String> keys = services.ledger().pendingKeysByName(account, name);
            if (keys.isEmpty()) {
                throw ApiError.notFound("invitation-not-found", "No pending invitation has exactly that name.");
            }
            if (keys.size() > 1) {
                throw ApiError.conflict("ambiguous-name", keys.size() + " pending invitations have that name: "
                        + "send the key or profileUrl of the one you withdrew.");
            }
            return keys.get(0);
        }
        throw ApiError.badRequest("invalid-field", "Name the invitation with \"key\", \"profileUrl\" or \"name\".");
    }

    private void undo(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("withdrawal-not-found", "No withdrawal has that id.");
        }
        WithdrawalRecord undone;
        try {
            undone = services.ledger().undoWithdrawal(id, services.clock().instant());
        } catch (UnknownInvitationException e) {
            throw ApiError.notFound("withdrawal-not-found", "No withdrawal has that id.");
        }
        ctx.json(new Undone(undone.id(), undone.key(), true, undone.undoneAt()));
    }

    private void list(Context ctx) {
        String account = AccountRoutes.requireKnown(services, Fields.accountParam(ctx));
        int days = services.policy().current().resendCooldownDays();
        Duration cooldown = Duration.ofDays(days);
        List<Entry> entries = services.ledger().withdrawals(account).stream()
                .map(w -> new Entry(w.id(), w.key(), w.name(), w.withdrawnAt(), w.source(), w.active(), w.undoneAt(),
                        w.resendEligibleAt(cooldown)))
                .toList();
        ctx.json(new Log(account, days, entries));
    }

    private Duration cooldown() {
        return Duration.ofDays(services.policy().current().resendCooldownDays());
    }
}
