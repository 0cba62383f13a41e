package dev.inviteledger.policy;

import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.InvitationRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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

        List<InvitationRecord> records = history.invitations();
        Classification[] invitations = new Classification[records.size()];
        ReasonTexts texts = new ReasonTexts(policy);
        CalendarDay today = CalendarDay.of(now, zone);
        HeadroomCalculator.SendCounts sends = new HeadroomCalculator.SendCounts(today);
        for (int i = 0; i < invitations.length; i++) {
            InvitationRecord r = records.get(i);
            Classification c = Classifier.classify(r, texts, now, zone);
            invitations[i] = c;
            sends.add(r.sentAt(), c.ageNow());
        }
        int doneToday = WithdrawalPlanner.doneToday(history.withdrawals(), today);
        WithdrawalPlan plan = WithdrawalPlanner.planInPlace(invitations, doneToday, policy);
        List<Classification> classified = Arrays.asList(invitations);

        List<String> warnings = new ArrayList<>();
        HeadroomCalculator.Result headroom = HeadroomCalculator.compute(history, sends, plan, policy);
        warnings.addAll(headroom.warnings());
        if (!plan.unknownAge().isEmpty()) {
            int n = plan.unknownAge().size();
            warnings.add(n + " pending invitation" + (n == 1 ? " has" : "s have") + " no readable send date: never "
                    + "planned for withdrawal and not counted in the 7-day send count");
        }

        AcceptanceCurve curve = withCurve ? acceptance(history, classified, policy, zone) : null;

        return new Evaluation(history.account(), now, zone.getId(), policy, classified, headroom.headroom(), plan,
                curve, warnings);
    }

    private static AcceptanceCurve acceptance(AccountHistory history, List<Classification> invitations, Policy policy,
                                              ZoneId zone) {
        Map<Long, Classification> byId = new HashMap<>();
        invitations.forEach(c -> byId.put(c.id(), c));
        return AcceptanceAnalyzer.analyze(history.invitations(), byId, policy, zone);
    }
}
