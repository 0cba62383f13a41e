package dev.inviteledger.policy;

import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.page.AgeDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Pending vs cap, sends in the rolling week vs the weekly limit, and today's pace. */
final class HeadroomCalculator {
    /** Sends within this many whole days of age are "in the last 7 days" (ages 0..6). */
    static final int WEEK_DAYS = 7;

    private static final Comparator<CaptureRecord> CAPTURE_ORDER =
            Comparator.comparing(CaptureRecord::capturedAt).thenComparingLong(CaptureRecord::id);

    private HeadroomCalculator() {}

    record Result(Headroom headroom, List<String> warnings) {}

    /** The pending count, where it came from and as of when. */
    record PendingCount(int base, PendingSource source, Instant asOf) {}

    static Result compute(AccountHistory history, SendCounts sends, WithdrawalPlan plan, Policy policy) {
        List<String> warnings = new ArrayList<>();
        PendingCount count = pendingCount(history);
        int withdrawnSince = count.asOf() == null ? 0 : (int) history.withdrawals().stream()
                .filter(w -> w.undoneAt() == null && w.withdrawnAt() != null && w.withdrawnAt().isAfter(count.asOf()))
                .count();
        int pending = Math.max(0, count.base() - withdrawnSince);
        if (count.source() == PendingSource.LEDGER) {
            warnings.add(history.captures().isEmpty()
                    ? "no capture yet: the pending count only covers invitations the ledger knows, a lower bound"
                    : "no complete capture yet: pending count is a lower bound");
        }

        int cap = policy.pendingCap();
        Level level = Level.of(pending, policy);
        int toWatch = Level.withdrawalsToGetBelow(pending, policy.watchAt(), cap);
        int candidates = plan.entries().size();
        Integer daysToWatch = null;
        if (toWatch == 0) {
            daysToWatch = 0;
        } else if (toWatch <= candidates) {
            daysToWatch = plan.entries().get(toWatch - 1).batch();
        } else {
            warnings.add("only " + candidates + " pending invitations are old enough to withdraw, but " + toWatch
                    + " withdrawals are needed to get back under the watch level ("
                    + percent(policy.watchAt()) + " of " + cap + ")");
        }

        Range week = sends.lastWeek();
        int limit = policy.weeklyLimit();
        Range weeklyHeadroom = new Range(limit - week.max(), limit - week.min());
        Answer over = weeklyHeadroom.max() < 0 ? Answer.YES : weeklyHeadroom.min() < 0 ? Answer.MAYBE : Answer.NO;
        if (over == Answer.YES) {
            warnings.add("over the weekly limit: " + week.text() + " sent in the last 7 days against " + limit);
        } else if (over == Answer.MAYBE) {
            warnings.add("possibly over the weekly limit: " + week.text() + " sent in the last 7 days against " + limit);
        }

        Headroom h = new Headroom(pending, count.source(), count.asOf(), withdrawnSince, cap, cap - pending,
                share(pending, cap), level, policy.watchAt(), policy.nearCapAt(), toWatch, daysToWatch,
                week, limit, weeklyHeadroom, over, pace(sends.today()));
        return new Result(h, warnings);
    }

    /**
     * The latest capture's People count when it shows one, else the latest complete capture's rows,
     * else the ledger's pending invitations.
     */
    static PendingCount pendingCount(AccountHistory history) {
        Optional<CaptureRecord> latest = history.captures().stream().max(CAPTURE_ORDER);
        if (latest.isPresent() && latest.get().totalShown() != null) {
            return new PendingCount(latest.get().totalShown(), PendingSource.PEOPLE_COUNT, latest.get().capturedAt());
        }
        Optional<CaptureRecord> complete = history.captures().stream().filter(CaptureRecord::complete).max(CAPTURE_ORDER);
        if (complete.isPresent()) {
            return new PendingCount(complete.get().rowsSeen(), PendingSource.COMPLETE_CAPTURE, complete.get().capturedAt());
        }
        int ledger = (int) history.invitations().stream().filter(r -> r.state() == InvitationState.PENDING).count();
        return new PendingCount(ledger, PendingSource.LEDGER, null);
    }

    /**
     * Sends in the rolling week and on today's calendar day, counted record by record as the engine classifies
     * them (their send windows and ages are at hand then; a pass of their own re-read ~1,500 records per capture).
     */
    static final class SendCounts {
        private final CalendarDay today;
        private int weekMin;
        private int weekMax;
        private int todayMin;
        private int todayMax;

        SendCounts(CalendarDay today) {
            this.today = today;
        }

        /** One record of any state: its send window (null when unknown) and that window's age now. */
        void add(SendWindow sentAt, AgeDays age) {
            if (sentAt == null) {
                return;
            }
            // week: min counts windows certainly inside the last 7 days (ageMax ≤ 6), max possibly inside (ageMin ≤ 6)
            if (age.max() < WEEK_DAYS) {
                weekMin++;
            }
            if (age.min() < WEEK_DAYS) {
                weekMax++;
            }
            // most sends ended before today: one comparison settles both of today's questions for them
            if (sentAt.latest().isBefore(today.start())) {
                return;
            }
            if (today.certainlyContains(sentAt)) {
                todayMin++;
            }
            if (today.mayContain(sentAt)) {
                todayMax++;
            }
        }

        Range lastWeek() {
            return new Range(weekMin, weekMax);
        }

        /** Certainly (min) / possibly (max) sent on today's calendar day in the zone. */
        Range today() {
            return new Range(todayMin, todayMax);
        }
    }

    static SendPace pace(Range sent) {
        Answer inPeak = Answer.inside(sent, PaceBand.PEAK.low(), PaceBand.PEAK.high());
        String band = PaceBand.PEAK.low() + "–" + PaceBand.PEAK.high() + "/day band where acceptance peaks";
        String figures = " (seed 000: 34 % at 10–19/day vs 30.6 % at 20–29/day)";
        String note = switch (inPeak) {
            case YES -> "sent today: " + sent.text() + ", inside the " + band + figures;
            case MAYBE -> "sent today: " + sent.text() + ", possibly inside the " + band + figures;
            case NO -> sent.max() < PaceBand.PEAK.low()
                    ? "sent today: " + sent.text() + ", below the " + band + figures
                    : "sent today: " + sent.text() + ", above the " + band + figures;
        };
        return new SendPace(sent, inPeak, note);
    }

    static double share(int pending, int cap) {
        return BigDecimal.valueOf(pending).divide(BigDecimal.valueOf(cap), 4, RoundingMode.DOWN).doubleValue();
    }

    static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
