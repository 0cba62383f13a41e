package dev.inviteledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.page.SyntheticInvitation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generators feed the benchmarks: they must be deterministic and produce what the figures claim. */
class GeneratorsTest {
    private final SentPageParser parser = new SentPageParser();

    @Test
    void pagesAreDeterministicCompleteAndMixed() {
        for (int rows : new int[] {100, 1500}) {
            String html = SentPages.page(rows);
            assertThat(SentPages.page(rows)).isEqualTo(html);
            ParsedPage page = parser.parse(html);
            assertThat(page.rows()).hasSize(rows);
            assertThat(page.coverage().complete()).isTrue();
            assertThat(page.warnings()).isEmpty();
        }
        List<SyntheticInvitation> rows = SentPages.invitations(1500, SentPages.DEFAULT_SEED);
        long withNote = rows.stream().filter(r -> r.note() != null).count();
        long underAWeek = rows.stream().filter(r -> r.ageDays() < 7).count();
        long overAYear = rows.stream().filter(r -> r.ageDays() >= 365).count();
        assertThat(withNote).isBetween(400L, 650L);
        assertThat(underAWeek).isBetween(200L, 400L);
        assertThat(overAYear).isBetween(60L, 180L);
        assertThat(SentPages.page(100, 1)).isNotEqualTo(SentPages.page(100, 2));
    }

    @Test
    void aYearReachesTheCapAndStaysThere() {
        YearOfCaptures year = YearOfCaptures.simulate();
        List<YearOfCaptures.Day> days = year.days();
        assertThat(days).hasSize(365);
        assertThat(days.get(0).rows()).isEmpty();
        int firstFull = -1;
        for (YearOfCaptures.Day d : days) {
            assertThat(d.rows().size()).isLessThanOrEqualTo(YearOfCaptures.DEFAULT_CAP);
            if (firstFull < 0 && d.rows().size() == YearOfCaptures.DEFAULT_CAP) {
                firstFull = d.index();
            }
        }
        assertThat(firstFull).isBetween(100, 250);
        for (YearOfCaptures.Day d : days.subList(firstFull, days.size())) {
            assertThat(d.rows()).hasSize(YearOfCaptures.DEFAULT_CAP);
        }
        YearOfCaptures.Totals t = year.totals();
        assertThat(t.sent()).isBetween(365 * 13, 365 * 17);
        assertThat(t.accepted()).isGreaterThan(t.sent() / 4);
        assertThat(t.vanished()).isPositive();
        assertThat(t.withdrawn()).isPositive();
        assertThat(t.resent()).isPositive();
    }

    @Test
    void dayCountDoesNotChangeTheDaysBefore() {
        Instant start = Instant.parse("2025-03-03T08:00:00Z");
        YearOfCaptures shorter = YearOfCaptures.simulate(7, start, 40, 200);
        YearOfCaptures longer = YearOfCaptures.simulate(7, start, 41, 200);
        assertThat(longer.days().subList(0, 40)).isEqualTo(shorter.days());
        assertThat(longer.identity()).isEqualTo(shorter.identity());
    }

    @Test
    void aDayParsesToItsRowsNewestFirst() {
        YearOfCaptures year = YearOfCaptures.simulate(3, Instant.parse("2025-03-03T08:00:00Z"), 30, 200);
        YearOfCaptures.Day day = year.days().get(29);
        ParsedPage page = parser.parse(day.html());
        assertThat(page.rows()).hasSize(day.rows().size());
        assertThat(page.coverage().complete()).isTrue();
        assertThat(page.rows().get(0).ageDays().min()).isLessThanOrEqualTo(page.rows().get(page.rows().size() - 1).ageDays().min());
    }
}
