package dev.inviteledger.policy;

import dev.inviteledger.ledger.AccountHistory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one entry point: ledger facts + policy + now + zone -> statuses, headroom, plan and acceptance curve.
 * Pure: no clock, no files, no database; the same inputs always give the same evaluation.
 */
public final class PolicyEngine {
    private PolicyEngine() {}

    /** Statuses, headroom, plan and the acceptance curve; for the curve, pass the account's whole history. */
    public static Evaluation evaluate(AccountHistory history, Policy policy, Instant now, ZoneId zone) {
        return evaluate(history, policy, now, zone, true);
    }

    /**
     * The same without the acceptance curve ({@link Evaluation#acceptance()} is null): for a capture's answer, whose
     * history is cut at a horizon (a curve from it would count a week of closings), and for surfaces that never
     * show the curve. It is the one part that needs every closing of the account.
     */
    public static Evaluation evaluateWithoutCurve(AccountHistory history, Policy policy, Instant now, ZoneId zone) {
        return evaluate(history, policy, now, zone, false);
    }

    private static Evaluation evaluate(AccountHistory history, Policy policy, Instant now, ZoneId zone,
                                       boolean withCurve) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");

        List<Classification> classified = history.invitations().stream()
                .map(r -> Classifier.classify(r, policy, now, zone)).toList();
        int doneToday = WithdrawalPlanner.doneToday(history.withdrawals(), now, zone);
        WithdrawalPlan plan = WithdrawalPlanner.plan(classified, doneToday, policy);

        Map<Long, PlanSlot> slots = new HashMap<>();
        plan.entries().forEach(e -> slots.put(e.id(), e.slot()));
        List<Classification> invitations = classified.stream()
                .map(c -> slots.containsKey(c.id()) ? c.withPlan(slots.get(c.id())) : c).toList();

        List<String> warnings = new ArrayList<>();
        HeadroomCalculator.Result headroom = HeadroomCalculator.compute(history, invitations, plan, policy, now, zone);
        warnings.addAll(headroom.warnings());
        if (!plan.unknownAge().isEmpty()) {
            int n = plan.unknownAge().size();
            warnings.add(n + " pending invitation" + (n == 1 ? " has" : "s have") + " no readable send date: never "
                    + "planned for withdrawal and not counted in the 7-day send count");
        }

        AcceptanceCurve curve = withCurve ? acceptance(history, invitations, policy, zone) : null;

        return new Evaluation(history.account(), now, zone.getId(), policy, invitations, headroom.headroom(), plan,
                curve, warnings);
    }

    private static AcceptanceCurve acceptance(AccountHistory history, List<Classification> invitations, Policy policy,
                                              ZoneId zone) {
        Map<Long, Classification> byId = new HashMap<>();
        invitations.forEach(c -> byId.put(c.id(), c));
        return AcceptanceAnalyzer.analyze(history.invitations(), byId, policy, zone);
    }
}
