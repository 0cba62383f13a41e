package dev.inviteledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.SendWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTest {
    private final Fmt fmt = new Fmt(ZoneId.of("Europe/Berlin"), Instant.parse("2026-05-22T12:00:00Z"));

    private static InvitationRecord sent(long id, String earliest, String latest) {
        SendWindow w = earliest == null ? null : new SendWindow(Instant.parse(earliest), Instant.parse(latest));
        return new InvitationRecord(id, "a", "in:p" + id, "P" + id, null, null, InvitationState.PENDING, w,
                Instant.parse("2026-05-22T08:00:00Z"), Instant.parse("2026-05-22T08:00:00Z"), false, null, null, 0, null,
                false, null);
    }

    @Test
    void sendsArePlacedOnTheirDayInTheUsersZoneOrAboutThenOrNotAtAll() {
        Series.Sends sends = Series.sendsPerDay(List.of(
                sent(1, "2026-05-20T07:00:00Z", "2026-05-20T15:00:00Z"),   // 20 May in Berlin
                sent(2, "2026-05-20T22:30:00Z", "2026-05-20T23:30:00Z"),   // 20 May in UTC, but 21 May in Berlin
                sent(3, "2026-05-20T12:00:00Z", "2026-05-21T12:00:00Z"),   // a day wide: about 21 May (its middle)
                sent(4, "2026-05-10T00:00:00Z", "2026-05-14T00:00:00Z"),   // too wide to place
                sent(5, null, null)), fmt, 7);
        assertThat(sends.days()).hasSize(7);
        assertThat(sends.days().get(6).day()).isEqualTo(LocalDate.of(2026, 5, 22));
        Series.SendDay may20 = sends.days().stream().filter(d -> d.day().getDayOfMonth() == 20).findFirst().orElseThrow();
        Series.SendDay may21 = sends.days().stream().filter(d -> d.day().getDayOfMonth() == 21).findFirst().orElseThrow();
        assertThat(may20.exact()).isEqualTo(1);
        assertThat(may21.exact()).isEqualTo(1);
        assertThat(may21.approximate()).isEqualTo(1);
        assertThat(sends.unplaced()).isZero(); // the wide one ended before the 7 days shown
    }

    @Test
    void pendingPerDayTakesTheLastKnownCountOfEachDayAndSkipsImports() {
        List<CaptureRecord> captures = List.of(
                new CaptureRecord(1, "a", Instant.parse("2026-05-20T07:00:00Z"), "extension", 40, 300, false, List.of()),
                new CaptureRecord(2, "a", Instant.parse("2026-05-20T16:00:00Z"), "extension", 25, 305, false, List.of()),
                new CaptureRecord(3, "a", Instant.parse("2026-05-21T07:00:00Z"), "extension", 298, null, true, List.of()),
                new CaptureRecord(4, "a", Instant.parse("2026-05-21T09:00:00Z"), "extension", 20, null, false, List.of()),
                new CaptureRecord(5, "a", Instant.parse("2026-05-22T09:00:00Z"), "import", 0, null, false, List.of()));
        assertThat(Series.pendingByDay(captures, fmt)).containsExactly(
                new Series.PendingPoint(LocalDate.of(2026, 5, 20), 305),
                new Series.PendingPoint(LocalDate.of(2026, 5, 21), 298));
    }
}
