package dev.inviteledger.http;

import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.SignalRecord;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.policy.AcceptanceCurve;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Headroom;
import dev.inviteledger.policy.PlanEntry;
import dev.inviteledger.policy.PolicyEngine;
import dev.inviteledger.policy.Today;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/v1/accounts} (every account with its pending count and last capture) and
 * {@code GET /api/v1/accounts/{account}/summary} (the summary panel: headroom, the withdrawal plan, today's
 * progress, the acceptance curve and warnings, from the policy engine over the account's whole history now).
 */
public final class AccountRoutes implements RouteModule {
    /** A weekly-limit message seen this recently is worth a warning: LinkedIn's limit is per rolling week. */
    static final Duration SIGNAL_WINDOW = Duration.ofDays(7);
    static final String WEEKLY_LIMIT = "weekly-limit";

    /** The latest capture of the Sent page (imports are not captures of the page). */
    public record LastCapture(Instant capturedAt, Coverage coverage, List<String> warnings) {}

    public record Summary(String account, Instant evaluatedAt, String zone, Headroom headroom, List<PlanEntry> plan,
                          Today today, List<String> unknownAge, List<String> keptBack, AcceptanceCurve acceptance,
                          List<String> warnings, LastCapture lastCapture) {}

    private final ApiServices services;

    public AccountRoutes(ApiServices services) {
        this.services = services;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/accounts", Access.TOKEN, ctx -> ctx.json(services.ledger().accounts()));
        routes.get("/api/v1/accounts/{account}/summary", Access.TOKEN, this::summary);
    }

    private void summary(Context ctx) {
        String account = requireKnown(services, Fields.account("account", ctx.pathParam("account")));
        Instant now = services.clock().instant();
        AccountHistory history = services.ledger().history(account);
        Evaluation evaluation = PolicyEngine.evaluate(history, services.policy().current(), now, services.zone());
        List<String> warnings = new ArrayList<>(evaluation.warnings());
        weeklyLimitWarning(account, now).ifPresent(warnings::add);
        ctx.json(new Summary(account, now, evaluation.zone(), evaluation.headroom(), evaluation.plan().entries(),
                evaluation.plan().today(), evaluation.plan().unknownAge(), evaluation.plan().keptBack(),
                evaluation.acceptance(), warnings, lastCapture(history)));
    }

    private Optional<String> weeklyLimitWarning(String account, Instant now) {
        return services.ledger().recentSignals(account, now.minus(SIGNAL_WINDOW)).stream()
                .filter(s -> WEEKLY_LIMIT.equals(s.kind()))
                .max(Comparator.comparing(SignalRecord::seenAt))
                .map(s -> "LinkedIn showed its weekly invitation limit message at " + s.seenAt()
                        + ": send no more invitations until a week has passed since then.");
    }

    private static LastCapture lastCapture(AccountHistory history) {
        return history.captures().stream()
                .filter(c -> !"import".equals(c.source()))
                .max(Comparator.comparing(CaptureRecord::capturedAt).thenComparingLong(CaptureRecord::id))
                .map(c -> new LastCapture(c.capturedAt(), new Coverage(c.rowsSeen(), c.totalShown(), c.complete()),
                        c.warnings()))
                .orElse(null);
    }

    /** The account, or 404 when the ledger has never heard of it. */
    static String requireKnown(ApiServices services, String account) {
        if (!services.ledger().hasAccount(account)) {
            throw ApiError.notFound("account-not-found",
                    "The ledger has no account with that name yet: capture the Sent page or import an export first.");
        }
        return account;
    }
}
