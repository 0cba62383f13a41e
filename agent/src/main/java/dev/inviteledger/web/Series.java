package dev.inviteledger.web;

import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.policy.AcceptanceCurve;
import dev.inviteledger.policy.Classification;
import dev.inviteledger.policy.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's time series, from the ledger's facts: the same numbers feed the charts (as JSON) and the
 * tables that stand in for them without JavaScript.
 */
final class Series {
    /** Send windows at most this wide are placed on the day of their middle, marked approximate. */
    static final Duration APPROXIMATE_WIDTH = Duration.ofHours(36);
    static final String IMPORT_SOURCE = "import";

    private Series() {}

    /** Pending count per day: the last capture of each day that knew the count (People (N), or a complete list). */
    record PendingPoint(LocalDate day, int pending) {}

    static List<PendingPoint> pendingByDay(List<CaptureRecord> captures, Fmt fmt) {
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        for (CaptureRecord c : captures) {
            if (IMPORT_SOURCE.equals(c.source())) {
                continue;
            }
            Integer pending = c.totalShown() != null ? c.totalShown() : c.complete() ? Integer.valueOf(c.rowsSeen()) : null;
            if (pending != null) {
                byDay.put(fmt.dayOf(c.capturedAt()), pending); // captures come oldest first: the last one wins
            }
        }
        List<PendingPoint> out = new ArrayList<>();
        byDay.forEach((day, pending) -> out.add(new PendingPoint(day, pending)));
        return out;
    }

    /** Invitations sent on one day: on that day for sure, or only about then (a window up to 36 h wide). */
    record SendDay(LocalDate day, int exact, int approximate) {
        int total() {
            return exact + approximate;
        }
    }

    /** The result of placing sends on days. {@code unplaced} counts windows too wide to place. */
    record Sends(List<SendDay> days, int unplaced) {}

    static Sends sendsPerDay(List<InvitationRecord> invitations, Fmt fmt, int days) {
        LocalDate last = fmt.today();
        LocalDate first = last.minusDays(days - 1L);
        Map<LocalDate, int[]> counts = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            counts.put(d, new int[2]);
        }
        int unplaced = 0;
        for (InvitationRecord r : invitations) {
            SendWindow w = r.sentAt();
            if (w == null) {
                continue;
            }
            // the send lies in (earliest, latest]
            LocalDate from = fmt.dayOf(w.earliest().plusNanos(1));
            LocalDate to = fmt.dayOf(w.latest());
            boolean exact = from.equals(to);
            LocalDate day;
            if (exact) {
                day = from;
            } else if (Duration.between(w.earliest(), w.latest()).compareTo(APPROXIMATE_WIDTH) <= 0) {
                day = fmt.dayOf(w.earliest().plus(Duration.between(w.earliest(), w.latest()).dividedBy(2)));
            } else {
                if (!to.isBefore(first)) {
                    unplaced++;
                }
                continue;
            }
            int[] c = counts.get(day);
            if (c != null) {
                c[exact ? 0 : 1]++;
            }
        }
        List<SendDay> out = new ArrayList<>();
        counts.forEach((day, c) -> out.add(new SendDay(day, c[0], c[1])));
        return new Sends(out, unplaced);
    }

    /** How many invitations have each status now (every status present, zero or not). */
    static Map<Status, Integer> statusCounts(List<Classification> invitations) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        for (Classification c : invitations) {
            counts.merge(c.status(), 1, Integer::sum);
        }
        return counts;
    }

    /** Cumulative share of closings by day 0..maxDay (the curve drawn as a step line). */
    static double[] cumulative(AcceptanceCurve curve, int maxDay) {
        double[] out = new double[maxDay + 1];
        double share = 0;
        int i = 0;
        List<AcceptanceCurve.DayCount> dist = curve.distribution();
        for (int day = 0; day <= maxDay; day++) {
            while (i < dist.size() && dist.get(i).day() <= day) {
                share = dist.get(i).cumulativeShare();
                i++;
            }
            out[day] = share;
        }
        return out;
    }

    /** How far the curve is drawn: past the recommendation and the configured threshold, at most 60 days. */
    static int curveDays(AcceptanceCurve curve) {
        int max = Math.max(curve.recommendedWithdrawAfterDays(), curve.configuredWithdrawAfterDays()) + 7;
        for (AcceptanceCurve.DayCount d : curve.distribution()) {
            if (d.cumulativeShare() < 0.99) {
                max = Math.max(max, d.day() + 3);
            }
        }
        return Math.min(60, max);
    }
}
