package dev.inviteledger.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@code OffsetDateTime.parse(text).toInstant()}, with a short path for the form clients send
 * ({@code 2026-11-22T10:00:00Z}, optionally with 1-9 fraction digits: what {@code Date.toISOString()} writes). Once per
 * request the formatter's parse costs ~0.1-0.2 ms under the agent's JIT, cold (issue 9); any other form, and every
 * value the short path is unsure of, goes to the library, so both accept and refuse exactly the same texts
 * ({@code IsoInstantsTest} compares them).
 */
final class IsoInstants {
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
            1_000_000_000};
    private static final int SHORTEST = "2026-11-22T10:00:00Z".length();

    private IsoInstants() {}

    /** @throws java.time.DateTimeException when the text is not an ISO-8601 date-time with an offset */
    static Instant parse(String text) {
        Instant utc = plainUtc(text);
        return utc != null ? utc : OffsetDateTime.parse(text).toInstant();
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for any other shape. */
    private static Instant plainUtc(String s) {
        int n = s.length();
        if (n < SHORTEST || n == SHORTEST + 1 || n > SHORTEST + 10 || s.charAt(n - 1) != 'Z'
                || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || (n > SHORTEST && s.charAt(19) != '.')) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int fractionDigits = n > SHORTEST ? n - SHORTEST - 1 : 0;
        int fraction = digits(s, 20, fractionDigits);
        if ((year | month | day | hour | minute | second | fraction) < 0) {
            return null;
        }
        // LocalDateTime.of refuses what the strict ISO parser refuses (month 13, 30 February, hour 24, second 60)
        return LocalDateTime.of(year, month, day, hour, minute, second, fraction * POWERS_OF_TEN[9 - fractionDigits])
                .toInstant(ZoneOffset.UTC);
    }

    /** The ASCII digits at [from, from + count) as a number, or -1 if any is not one (the ISO parser's rule too). */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
