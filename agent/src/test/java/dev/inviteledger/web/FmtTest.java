package dev.inviteledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.page.AgeDays;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FmtTest {
    private final Fmt fmt = new Fmt(ZoneOffset.UTC, Instant.parse("2026-05-22T14:00:00Z"));

    @ParameterizedTest
    @CsvSource({"2026-05-22T13:59:30Z, just now", "2026-05-22T13:25:00Z, 35 minutes ago", "2026-05-22T13:00:00Z, 1 hour ago",
            "2026-05-20T10:00:00Z, 2 days ago", "2026-06-01T14:00:00Z, in 10 days"})
    void relative(String instant, String expected) {
        assertThat(fmt.relative(Instant.parse(instant))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0, today", "3, 3, 3 days", "1, 1, 1 day", "35, 41, 35–41 days"})
    void ages(int min, int max, String expected) {
        assertThat(Fmt.age(new AgeDays(min, max))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.6, 60%", "0.5998, 59%", "0.574, 57%", "1.2, 120%"})
    void percentagesAreCutNeverRoundedUpIntoALevel(double share, String expected) {
        assertThat(Fmt.percent(share)).isEqualTo(expected);
    }
}
