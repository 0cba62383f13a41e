package dev.inviteledger.web;

import dev.inviteledger.page.AgeDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the status pages write numbers, dates and ages: in the user's zone, in words people use, the same
 * everywhere. Pure (the instant "now" is given), so the pages read the same in tests and in production.
 */
public final class Fmt {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ZoneId zone;
    private final Instant now;

    public Fmt(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return now;
    }

    public LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    public LocalDate dayOf(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    /** "12 Mar 2026". */
    public String date(Instant t) {
        return t == null ? "—" : DAY.format(t.atZone(zone));
    }

    public static String date(LocalDate d) {
        return DAY.format(d);
    }

    /** "12 Mar". */
    public static String shortDate(LocalDate d) {
        return SHORT_DAY.format(d);
    }

    /** "Thu 12 Mar". */
    public static String weekdayDate(LocalDate d) {
        return WEEKDAY_DAY.format(d);
    }

    /** "12 Mar 2026, 09:14" (or "today, 09:14" / "yesterday, 17:30"). */
    public String dateTime(Instant t) {
        if (t == null) {
            return "—";
        }
        LocalDate day = dayOf(t);
        String time = TIME.format(t.atZone(zone));
        if (day.equals(today())) {
            return "today, " + time;
        }
        if (day.equals(today().minusDays(1))) {
            return "yesterday, " + time;
        }
        return DAY.format(day) + ", " + time;
    }

    /** "just now", "35 minutes ago", "3 hours ago", "2 days ago", "in 4 days". */
    public String relative(Instant t) {
        if (t == null) {
            return "never";
        }
        Duration d = Duration.between(t, now);
        boolean future = d.isNegative();
        d = d.abs();
        String amount;
        if (d.toMinutes() < 1) {
            return "just now";
        } else if (d.toHours() < 1) {
            amount = plural(d.toMinutes(), "minute");
        } else if (d.toDays() < 1) {
            amount = plural(d.toHours(), "hour");
        } else {
            amount = plural(d.toDays(), "day");
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** Whole days between today and that day ("in 3 days", "today", "5 days ago"). */
    public String daysFromToday(LocalDate day) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today(), day);
        if (days == 0) {
            return "today";
        }
        return days > 0 ? "in " + plural(days, "day") : plural(-days, "day") + " ago";
    }

    /** An age interval: "today", "3 days", "35–41 days", "unknown". */
    public static String age(AgeDays age) {
        if (age == null) {
            return "unknown";
        }
        if (age.max() == 0) {
            return "today";
        }
        if (age.min() == age.max()) {
            return plural(age.min(), "day");
        }
        return age.min() + "–" + age.max() + " days";
    }

    /** 0.574 → "57%" (cut, never rounded up into a level the account has not reached). */
    public static String percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9) + "%";
    }

    /** A rate known to an interval: "31–38%" or "34%". */
    public static String percentRange(double min, double max) {
        String a = percent(min);
        String b = percent(max);
        return a.equals(b) ? a : a.replace("%", "") + "–" + b;
    }

    /** 1234 → "1,234". */
    public static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    public static String range(int min, int max) {
        return min == max ? number(min) : number(min) + "–" + number(max);
    }

    public static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** A decimal as people write it: 0.6 not 0.60000001, 500 not 500.0. */
    public static String decimal(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double || n instanceof Float) {
            return java.math.BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    /** SVG coordinates with a dot whatever the locale. */
    public static String coord(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
