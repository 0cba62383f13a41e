package dev.inviteledger.web;

import dev.inviteledger.policy.AcceptanceCurve;
import dev.inviteledger.policy.PaceBand;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard charts' data, served as same-origin JSON to the page's one script (no inline data, no inline
 * script). Labels are plain text that Chart.js draws on a canvas; names never appear here.
 */
public record ChartData(Pending pending, Sends sends, Statuses statuses, Curve acceptance) {

    /** Pending per day, with the cap bands as counts. */
    public record Pending(List<String> labels, List<Integer> values, int cap, double watch, double nearCap) {}

    /** Sends per day: known to the day, or only to about a day; the 10–19 band where acceptance peaks. */
    public record Sends(List<String> labels, List<Integer> exact, List<Integer> approximate, int bandLow, int bandHigh) {}

    public record Statuses(List<String> keys, List<String> labels, List<Integer> counts) {}

    /** Cumulative share of closings by day since sending, and the thresholds to compare it with. */
    public record Curve(List<Integer> days, List<Double> share, int recommended, int configured, double quantile,
                        boolean fromHistory, int closings) {}

    static ChartData of(Snapshot s) {
        Policy p = s.policy();
        List<String> pendingLabels = new ArrayList<>();
        List<Integer> pendingValues = new ArrayList<>();
        for (Series.PendingPoint point : Series.pendingByDay(s.history().captures(), s.fmt())) {
            pendingLabels.add(Fmt.shortDate(point.day()));
            pendingValues.add(point.pending());
        }
        Pending pending = new Pending(pendingLabels, pendingValues, p.pendingCap(), p.watchAt() * p.pendingCap(),
                p.nearCapAt() * p.pendingCap());

        Series.Sends perDay = Series.sendsPerDay(s.history().invitations(), s.fmt(), DashboardPage.SEND_DAYS);
        List<String> sendLabels = new ArrayList<>();
        List<Integer> exact = new ArrayList<>();
        List<Integer> approximate = new ArrayList<>();
        for (Series.SendDay d : perDay.days()) {
            sendLabels.add(Fmt.shortDate(d.day()));
            exact.add(d.exact());
            approximate.add(d.approximate());
        }
        Sends sends = new Sends(sendLabels, exact, approximate, PaceBand.PEAK.low(), PaceBand.PEAK.high());

        Map<Status, Integer> counts = Series.statusCounts(s.evaluation().invitations());
        List<String> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Status st : Status.values()) {
            keys.add(st.wireName());
            labels.add(InvitationsPage.statusLabel(st));
            values.add(counts.get(st));
        }

        AcceptanceCurve curve = s.evaluation().acceptance();
        int maxDay = Series.curveDays(curve);
        double[] cumulative = Series.cumulative(curve, maxDay);
        List<Integer> days = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        for (int d = 0; d <= maxDay; d++) {
            days.add(d);
            share.add(Math.round(cumulative[d] * 1000) / 1000.0);
        }
        return new ChartData(pending, sends, new Statuses(keys, labels, values),
                new Curve(days, share, curve.recommendedWithdrawAfterDays(), curve.configuredWithdrawAfterDays(),
                        curve.quantile(), curve.fromHistory(), curve.closings()));
    }
}
