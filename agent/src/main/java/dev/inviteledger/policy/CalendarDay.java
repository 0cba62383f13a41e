package dev.inviteledger.policy;

import dev.inviteledger.ledger.SendWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One calendar day in the user's zone as the half-open interval [start, end) — "today" for batches and pace. */
record CalendarDay(LocalDate date, Instant start, Instant end) {

    static CalendarDay of(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate(), zone);
    }

    static CalendarDay of(LocalDate date, ZoneId zone) {
        return new CalendarDay(date, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** The send (somewhere in (earliest, latest]) certainly happened on this day. */
    boolean certainlyContains(SendWindow w) {
        return !w.earliest().isBefore(start) && w.latest().isBefore(end);
    }

    /** The send may have happened on this day. */
    boolean mayContain(SendWindow w) {
        return !w.latest().isBefore(start) && w.earliest().isBefore(end);
    }

    /** The one calendar day the whole window falls in, or null when it spans days. */
    static LocalDate singleDayOf(SendWindow w, ZoneId zone) {
        // the window is open at earliest: a send can not be at exactly `earliest`
        LocalDate first = w.earliest().plusNanos(1).atZone(zone).toLocalDate();
        LocalDate last = w.latest().atZone(zone).toLocalDate();
        return first.equals(last) ? first : null;
    }
}
