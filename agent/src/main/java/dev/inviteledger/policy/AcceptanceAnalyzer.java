package dev.inviteledger.policy;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.page.AgeDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The personal acceptance curve (see docs/policy.md for the worked example).
 *
 * <p>Days to close = closedAt − midpoint of the send window, in whole days (floored). The midpoint, not the
 * lower bound: the lower bound would shorten every duration and recommend withdrawing early, against the
 * rule that a hint never fires early; the midpoint is the unbiased guess for a send known to an interval.
 * closedAt is when the ledger learned of the closing (never before it happened), so errors lean late.
 */
final class AcceptanceAnalyzer {
    static final int MINIMUM_CLOSINGS = 30;
    static final int RECOMMENDED_MIN_DAYS = 7;
    static final int RECOMMENDED_MAX_DAYS = 30;

    private AcceptanceAnalyzer() {}

    static AcceptanceCurve analyze(List<InvitationRecord> invitations, Map<Long, Classification> byId, Policy policy,
                                   ZoneId zone) {
        List<Integer> days = new ArrayList<>();
        int accepted = 0;
        int closedUnknown = 0;
        int withdrawn = 0;
        int noDates = 0;
        int seenLate = 0;
        for (InvitationRecord r : invitations) {
            if (!r.state().isClosed()) {
                continue;
            }
            if (r.state() == InvitationState.WITHDRAWN) {
                withdrawn++;
            } else if (r.sentAt() == null || r.closedAt() == null) {
                noDates++;
            } else if (!watchedFromFirstWeek(r)) {
                seenLate++;
            } else {
                days.add(daysToClose(r));
                if (r.state() == InvitationState.ACCEPTED) {
                    accepted++;
                } else {
                    closedUnknown++;
                }
            }
        }
        days.sort(null);
        int n = days.size();
        int configured = policy.withdrawAfterDays();
        Integer quantileDay = n >= MINIMUM_CLOSINGS ? days.get(quantileIndex(policy.acceptanceQuantile(), n)) : null;
        int recommended = quantileDay == null ? configured
                : Math.max(RECOMMENDED_MIN_DAYS, Math.min(RECOMMENDED_MAX_DAYS, quantileDay));
        String q = HeadroomCalculator.percent(policy.acceptanceQuantile());
        String message;
        if (quantileDay == null) {
            message = "only " + n + " closing" + (n == 1 ? "" : "s") + " watched from their first week ("
                    + MINIMUM_CLOSINGS + " needed): keeping withdrawAfterDays at " + configured;
        } else {
            message = q + " of your " + n + " closings happened within " + quantileDay + " day"
                    + (quantileDay == 1 ? "" : "s") + " of sending: recommended withdrawAfterDays " + recommended
                    + (recommended != quantileDay ? " (kept within " + RECOMMENDED_MIN_DAYS + "–" + RECOMMENDED_MAX_DAYS + ")" : "")
                    + (recommended == configured ? ", the value you use" : " (you use " + configured + ")");
        }

        PaceTable pace = paceTable(invitations, byId, policy, zone);
        return new AcceptanceCurve(n, accepted, closedUnknown, new AcceptanceCurve.Exclusions(withdrawn, noDates, seenLate),
                MINIMUM_CLOSINGS, policy.acceptanceQuantile(), quantileDay, recommended, quantileDay != null, configured,
                message, distribution(days), pace.rows(), pace.excluded(), pace.note(), PaceBand.PUBLISHED_SOURCE);
    }

    /** 0-based index of the smallest value with at least q·n values at or below it: the ⌈q·n⌉-th smallest. */
    static int quantileIndex(double q, int n) {
        int k = BigDecimal.valueOf(q).multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(1, Math.min(n, k)) - 1;
    }

    static int daysToClose(InvitationRecord r) {
        Instant sent = SendAge.midpoint(r.sentAt());
        return (int) Math.max(0, SendAge.floorDays(Duration.between(sent, r.closedAt())));
    }

    /**
     * Seen while still in its first week, so a quick closing could have been observed. Invitations first seen
     * older are survivors by selection (left truncation) and would push the curve towards long waits.
     */
    static boolean watchedFromFirstWeek(InvitationRecord r) {
        if (r.firstSeen() == null) {
            return false;
        }
        AgeDays atFirstSight = SendAge.at(r.sentAt(), r.firstSeen());
        return atFirstSight.max() < Classifier.FRESH_DAYS;
    }

    private static List<AcceptanceCurve.DayCount> distribution(List<Integer> sortedDays) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        sortedDays.forEach(d -> counts.merge(d, 1, Integer::sum));
        List<AcceptanceCurve.DayCount> out = new ArrayList<>();
        int cumulative = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            cumulative += e.getValue();
            out.add(new AcceptanceCurve.DayCount(e.getKey(), e.getValue(), ratio(cumulative, sortedDays.size())));
        }
        return out;
    }

    record PaceTable(List<AcceptanceCurve.BandRate> rows, int excluded, String note) {}

    /**
     * Acceptance by the number of invitations sent on the same calendar day. Only invitations whose send window
     * falls inside one calendar day can be placed; the day's pace counts only those, so it is a lower bound.
     */
    static PaceTable paceTable(List<InvitationRecord> invitations, Map<Long, Classification> byId, Policy policy,
                               ZoneId zone) {
        Map<LocalDate, List<InvitationRecord>> byDay = new TreeMap<>();
        int excluded = 0;
        for (InvitationRecord r : invitations) {
            LocalDate day = r.sentAt() == null ? null : CalendarDay.singleDayOf(r.sentAt(), zone);
            if (day == null) {
                excluded++;
            } else {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(r);
            }
        }
        Map<PaceBand, int[]> tally = new EnumMap<>(PaceBand.class); // days, sent, decided, accepted, closedUnknown
        for (PaceBand b : PaceBand.values()) {
            tally.put(b, new int[5]);
        }
        Map<LocalDate, PaceBand> bandOfDay = new HashMap<>();
        byDay.forEach((day, sent) -> bandOfDay.put(day, PaceBand.of(sent.size())));
        for (Map.Entry<LocalDate, List<InvitationRecord>> e : byDay.entrySet()) {
            int[] t = tally.get(bandOfDay.get(e.getKey()));
            t[0]++;
            for (InvitationRecord r : e.getValue()) {
                t[1]++;
                if (decided(r, byId.get(r.id()), policy)) {
                    t[2]++;
                    if (r.state() == InvitationState.ACCEPTED) {
                        t[3]++;
                    } else if (r.state() == InvitationState.CLOSED_UNKNOWN) {
                        t[4]++;
                    }
                }
            }
        }
        List<AcceptanceCurve.BandRate> rows = new ArrayList<>();
        for (PaceBand b : PaceBand.values()) {
            int[] t = tally.get(b);
            AcceptanceCurve.Rate rate = t[2] == 0 ? null
                    : new AcceptanceCurve.Rate(ratio(t[3], t[2]), ratio(t[3] + t[4], t[2]));
            rows.add(new AcceptanceCurve.BandRate(b, t[0], t[1], t[2], t[3], t[4], rate, b.published()));
        }
        String note = "rate = accepted / decided, where decided = closed, or still pending past " + policy.withdrawAfterDays()
                + " days; min counts only confirmed acceptances, max also counts closed-unknown ones (LinkedIn does not "
                + "say whether those were accepted). " + excluded + " invitation" + (excluded == 1 ? " is" : "s are")
                + " left out because their send date is not known to one calendar day.";
        return new PaceTable(rows, excluded, note);
    }

    /** An answer is in: closed, or pending long enough that the user's rule would withdraw it. */
    private static boolean decided(InvitationRecord r, Classification c, Policy policy) {
        if (r.state().isClosed()) {
            return true;
        }
        return c != null && c.ageNow() != null && c.ageNow().min() >= policy.withdrawAfterDays();
    }

    private static double ratio(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
