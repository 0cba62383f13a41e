package dev.inviteledger.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.page.AgeDays;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendAgeTest {
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    @ParameterizedTest(name = "[{0},{1}] captured at T, evaluated {2}s later -> [{3},{4}]")
    @CsvSource({
            // at the capture instant the parsed interval comes back
            "0, 0, 0, 0, 0",
            "3, 3, 0, 3, 3",
            "7, 13, 0, 7, 13",
            "30, 59, 0, 30, 59",
            // one second later the upper bound may already have grown, the lower bound not yet
            "0, 0, 1, 0, 1",
            "7, 13, 1, 7, 14",
            // a whole day later both bounds have grown by one
            "7, 13, 86400, 8, 14",
            // just under a day later the lower bound still has not moved
            "20, 20, 86399, 20, 21",
            "20, 20, 86400, 21, 21",
            // ten days later
            "0, 0, 864000, 10, 10",
    })
    void ageOfACapturedWindowGrowsWithTime(int min, int max, long secondsLater, int expMin, int expMax) {
        SendWindow w = Inv.window(T, min, max);
        assertThat(SendAge.at(w, T.plusSeconds(secondsLater))).isEqualTo(new AgeDays(expMin, expMax));
    }

    @ParameterizedTest(name = "nanos {0} past a whole day: ceil counts the partial day")
    @CsvSource({"0, 7, 7", "1, 7, 8"})
    void subSecondPrecisionIsKept(long nanos, int expMin, int expMax) {
        SendWindow exact = new SendWindow(T.minus(Duration.ofDays(8)), T.minus(Duration.ofDays(7)));
        // earliest 8 days back: at T + nanos, (now − earliest) is 8 days + nanos
        assertThat(SendAge.at(exact, T.plusNanos(nanos)).min()).isEqualTo(expMin);
        assertThat(SendAge.at(exact, T.plusNanos(nanos)).max()).isEqualTo(expMax);
    }

    @org.junit.jupiter.api.Test
    void windowsInTheFutureCountAsAgeZeroAndNoWindowIsNull() {
        SendWindow future = new SendWindow(T.plusSeconds(10), T.plusSeconds(20));
        assertThat(SendAge.at(future, T)).isEqualTo(new AgeDays(0, 0));
        assertThat(SendAge.at(null, T)).isNull();
    }

    @org.junit.jupiter.api.Test
    void midpointIsHalfWay() {
        assertThat(SendAge.midpoint(Inv.window(T, 0, 1))).isEqualTo(T.minus(Duration.ofDays(1)));
    }
}
