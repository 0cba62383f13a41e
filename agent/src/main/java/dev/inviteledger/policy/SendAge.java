package dev.inviteledger.policy;

import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.page.AgeDays;
import java.time.Duration;
import java.time.Instant;

/**
 * Whole-day age of a send window at an instant (TEAM.md "Agreed time semantics"): the send lies in
 * (earliest, latest], so ageMin = floor((now − latest)/day) and ageMax = ceil((now − earliest)/day) − 1.
 * At the capture instant this gives back the parsed [min,max]. Exact to the nanosecond, no overflow.
 */
final class SendAge {
    static final long SECONDS_PER_DAY = 86_400L;

    private SendAge() {}

    /** The age interval, or null without a window. A window in the future (clock skew) counts as age 0. */
    static AgeDays at(SendWindow window, Instant now) {
        if (window == null) {
            return null;
        }
        // seconds and nanos of now − t taken apart here, not through a Duration per bound: this runs for every
        // invitation of every capture
        long nowSeconds = now.getEpochSecond();
        int nowNanos = now.getNano();
        long min = Math.max(0, floorDaysSince(window.latest(), nowSeconds, nowNanos));
        long max = Math.max(min, ceilDaysSince(window.earliest(), nowSeconds, nowNanos) - 1);
        return new AgeDays(saturate(min), saturate(max));
    }

    /** {@code floorDays(Duration.between(t, now))}. Instants differ by less than 2^63 seconds: no overflow. */
    private static long floorDaysSince(Instant t, long nowSeconds, int nowNanos) {
        long seconds = nowSeconds - t.getEpochSecond();
        if (nowNanos < t.getNano()) {
            seconds--; // borrow a second so the nano part is positive, as Duration normalises it
        }
        return Math.floorDiv(seconds, SECONDS_PER_DAY);
    }

    /** {@code ceilDays(Duration.between(t, now))}. */
    private static long ceilDaysSince(Instant t, long nowSeconds, int nowNanos) {
        long seconds = nowSeconds - t.getEpochSecond();
        int nanos = nowNanos - t.getNano();
        if (nanos < 0) {
            seconds--;
            nanos += 1_000_000_000;
        }
        return ceilDays(seconds, nanos);
    }

    static long floorDays(Duration d) {
        return Math.floorDiv(d.getSeconds(), SECONDS_PER_DAY);
    }

    static long ceilDays(Duration d) {
        return ceilDays(d.getSeconds(), d.getNano());
    }

    /** Whole days, rounded up, of a normalised duration (seconds, and nanos in [0, 10^9)). */
    private static long ceilDays(long seconds, int nanos) {
        boolean remainder = Math.floorMod(seconds, SECONDS_PER_DAY) != 0 || nanos != 0;
        return Math.floorDiv(seconds, SECONDS_PER_DAY) + (remainder ? 1 : 0);
    }

    /** The middle of the window: the unbiased guess for a send known only to an interval. */
    static Instant midpoint(SendWindow w) {
        return w.earliest().plus(Duration.between(w.earliest(), w.latest()).dividedBy(2));
    }

    private static int saturate(long days) {
        return (int) Math.min(Integer.MAX_VALUE, days);
    }
}
