package dev.inviteledger.http;

import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.ledger.UnknownInvitationException;
import dev.inviteledger.page.AgeDays;
import dev.inviteledger.policy.Classification;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Flag;
import dev.inviteledger.policy.PlanSlot;
import dev.inviteledger.policy.PolicyEngine;
import dev.inviteledger.policy.Status;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /api/v1/invitations}: the account's invitations, each with the policy's verdict now (status, age,
 * flags, plan slot) joined with what the ledger knows (send window, first/last seen, closing, withdrawal);
 * filtered, sorted and paged. And {@code PUT /api/v1/invitations/{key}/keep}: pin or unpin one.
 *
 * <p>The whole history is evaluated for every list request, because a status such as "stale" is a verdict of
 * the policy at this instant, not a column; an account holds a few thousand invitations at most.
 */
public final class InvitationRoutes implements RouteModule {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final String DEFAULT_SORT = "-age";

    /** One invitation: the ledger's record and the policy's verdict. Names and headlines are scraped text. */
    public record Item(long id, String key, String name, String headline, String profileUrl, InvitationState state,
                       Status status, SendWindow sentAt, AgeDays age, String sentText, boolean hasNote,
                       List<Flag> flags, List<String> reasons, int resendCount, boolean keep, Instant firstSeen,
                       Instant lastSeen, Instant closedAt, Instant withdrawnAt, Instant resendPossibleFrom,
                       PlanSlot plan) {
        static Item of(InvitationRecord r, Classification c) {
            return new Item(r.id(), r.key(), r.name(), r.headline(), r.profileUrl(), r.state(), c.status(), r.sentAt(),
                    c.ageNow(), r.lastSentText(), r.hasNote(), c.flags(), c.reasons(), r.resendCount(), r.keep(),
                    r.firstSeen(), r.lastSeen(), r.closedAt(), r.withdrawnAt(), c.resendPossibleFrom(), c.plan());
        }
    }

    public record Page(String account, Instant evaluatedAt, List<Item> items, int total, int page, int size) {}

    public record KeepRequest(Boolean keep) {}

    public record KeepState(String account, String key, boolean keep) {}

    /** Sort orders by name: ascending, and descending with a leading '-'. */
    private static final Map<String, Comparator<Item>> SORTS = sorts();

    private final ApiServices services;

    public InvitationRoutes(ApiServices services) {
        this.services = services;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/invitations", Access.TOKEN, this::list);
        routes.put("/api/v1/invitations/{key}/keep", Access.TOKEN, this::keep);
    }

    private void list(Context ctx) {
        String account = Fields.accountParam(ctx);
        Predicate<Item> filter = statusFilter(ctx.queryParam("status"));
        String sortParam = ctx.queryParam("sort");
        String sortName = sortParam == null || sortParam.isBlank() ? DEFAULT_SORT : sortParam.strip();
        Comparator<Item> sort = SORTS.get(sortName);
        if (sort == null) {
            throw Fields.invalidParameter("sort", "must be one of " + String.join(", ", SORTS.keySet()) + ".");
        }
        int page = Fields.intParam(ctx, "page", 1, 1, 1_000_000);
        int size = Fields.intParam(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE);
        AccountRoutes.requireKnown(services, account);

        Instant now = services.clock().instant();
        AccountHistory history = services.ledger().history(account);
        Evaluation evaluation = PolicyEngine.evaluateWithoutCurve(history, services.policy().current(), now, services.zone());
        Map<Long, Classification> verdicts = new HashMap<>();
        evaluation.invitations().forEach(c -> verdicts.put(c.id(), c));
        List<Item> matching = new ArrayList<>();
        for (InvitationRecord r : history.invitations()) {
            Item item = Item.of(r, verdicts.get(r.id()));
            if (filter.test(item)) {
                matching.add(item);
            }
        }
        matching.sort(sort);
        long from = Math.min((long) (page - 1) * size, matching.size());
        int to = (int) Math.min(from + size, matching.size());
        ctx.json(new Page(account, now, matching.subList((int) from, to), matching.size(), page, size));
    }

    private void keep(Context ctx) {
        String key = InvitationKeyParam.check("key", ctx.pathParam("key"));
        String account = Fields.accountParam(ctx);
        KeepRequest body = JsonBody.read(ctx, KeepRequest.class);
        boolean keep = Fields.required("keep", body.keep());
        try {
            services.ledger().setKeep(account, key, keep);
        } catch (UnknownInvitationException e) {
            throw ApiError.notFound("invitation-not-found", "The account has no invitation with that key.");
        }
        ctx.json(new KeepState(account, key, keep));
    }

    /**
     * {@code status=stale,overdue}: any of the listed policy statuses (fresh, waiting, stale, overdue, unknown)
     * or ledger states (pending, withdrawn, accepted, closed-unknown); absent for all.
     */
    static Predicate<Item> statusFilter(String param) {
        if (param == null || param.isBlank()) {
            return item -> true;
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        Set<InvitationState> states = EnumSet.noneOf(InvitationState.class);
        for (String raw : param.split(",")) {
            String value = raw.strip().toLowerCase(Locale.ROOT);
            if (value.equals(InvitationState.PENDING.wireName())) {
                states.add(InvitationState.PENDING);
                continue;
            }
            try {
                statuses.add(Status.fromWire(value));
            } catch (IllegalArgumentException e) {
                Set<String> allowed = new LinkedHashSet<>();
                allowed.add(InvitationState.PENDING.wireName());
                for (Status s : Status.values()) {
                    allowed.add(s.wireName());
                }
                throw Fields.invalidParameter("status", "must be a comma-separated list of " + String.join(", ", allowed) + ".");
            }
        }
        return item -> statuses.contains(item.status()) || states.contains(item.state());
    }

    private static Map<String, Comparator<Item>> sorts() {
        // Ages come from send windows: a later "latest" is a younger invitation. Unknown ages sort last either way.
        Comparator<Item> byId = Comparator.comparingLong(Item::id);
        Comparator<Item> knownFirst = Comparator.comparing(i -> i.sentAt() == null);
        Comparator<Item> youngest = knownFirst.thenComparing(i -> i.sentAt() == null ? Instant.EPOCH : i.sentAt().latest(),
                Comparator.reverseOrder());
        Comparator<Item> oldest = knownFirst.thenComparing(i -> i.sentAt() == null ? Instant.EPOCH : i.sentAt().latest());
        Comparator<Item> name = Comparator.comparing(i -> i.name() == null ? "" : i.name().toLowerCase(Locale.ROOT));
        Comparator<Item> lastSeen = Comparator.comparing(Item::lastSeen);
        Comparator<Item> plan = Comparator.comparing((Item i) -> i.plan() == null)
                .thenComparingInt(i -> i.plan() == null ? 0 : i.plan().rank());
        Map<String, Comparator<Item>> sorts = new LinkedHashMap<>();
        sorts.put("age", youngest.thenComparing(byId));
        sorts.put("-age", oldest.thenComparing(byId));
        sorts.put("name", name.thenComparing(byId));
        sorts.put("-name", name.reversed().thenComparing(byId));
        sorts.put("lastSeen", lastSeen.thenComparing(byId));
        sorts.put("-lastSeen", lastSeen.reversed().thenComparing(byId));
        sorts.put("plan", plan.thenComparing(oldest).thenComparing(byId));
        return Collections.unmodifiableMap(sorts);
    }
}
