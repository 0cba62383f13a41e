package dev.inviteledger.ledger;

import dev.inviteledger.page.AgeDays;
import java.time.Instant;

/**
 * Send-interval arithmetic on epoch milliseconds. An interval {@code (earliest, latest]} is held as two
 * longs; it is empty when {@code earliest >= latest}. An age of [min,max] whole days seen at T says the
 * send instant lies in {@code (T − (max+1) days, T − min days]}.
 */
final class Windows {
    private Windows() {}

    static long[] observed(long capturedAt, AgeDays age) {
        return new long[] {earliest(capturedAt, age), latest(capturedAt, age)};
    }

    /** The exclusive lower end of {@link #observed}, without an array (the merge computes it for every row). */
    static long earliest(long capturedAt, AgeDays age) {
        return capturedAt - (age.max() + 1L) * Times.DAY_MS;
    }

    /** The inclusive upper end of {@link #observed}. */
    static long latest(long capturedAt, AgeDays age) {
        return capturedAt - age.min() * Times.DAY_MS;
    }

    /** The intersection, or null when the two intervals do not overlap. */
    static long[] intersect(long earliestA, long latestA, long earliestB, long latestB) {
        long e = Math.max(earliestA, earliestB);
        long l = Math.min(latestA, latestB);
        return e < l ? new long[] {e, l} : null;
    }

    static String describe(Long earliest, Long latest) {
        return earliest == null ? "unknown" : "(" + Instant.ofEpochMilli(earliest) + ", " + Instant.ofEpochMilli(latest) + "]";
    }
}
