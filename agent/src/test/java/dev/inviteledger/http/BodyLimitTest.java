package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyLimitTest {
    private final BodyLimit limit = new BodyLimit(8L * 1024 * 1024);

    @ParameterizedTest(name = "Content-Length {0} -> {1}")
    @CsvSource(nullValues = "ABSENT", value = {
            "ABSENT,   0",
            "0,        0",
            "8388608,  0",
            "8388609,  413",
            "20971520, 413",
            "9223372036854775807, 413",
            "99999999999999999999, 400",
            "-1,       0",
            "abc,      400"})
    void checksTheDeclaredLength(String contentLength, int status) {
        if (status == 0) {
            assertThat(limit.check(contentLength)).isEmpty();
        } else {
            assertThat(limit.check(contentLength)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(status));
        }
    }

    @ParameterizedTest
    @CsvSource({"8388608, 8 MiB", "1024, 1 KiB", "1000, 1000 bytes"})
    void describesTheLimit(long bytes, String text) {
        assertThat(BodyLimit.describe(bytes)).isEqualTo(text);
        assertThat(BodyLimit.tooLarge(bytes).getMessage()).contains(text);
    }
}
