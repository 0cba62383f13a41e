package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostGuardTest {
    private final HostGuard guard = new HostGuard(AgentAddress.fixed(27121));

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:27121", "localhost:27121", "LOCALHOST:27121", "LocalHost:27121", " 127.0.0.1:27121 "})
    void acceptsTheAgentsOwnNamesWithItsExactPort(String host) {
        assertThat(guard.check(List.of(host))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "evil.example", "evil.example:27121", "127.0.0.1", "localhost", "127.0.0.1:27122", "localhost:80",
            "127.0.0.1:027121", "127.0.0.2:27121", "[::1]:27121", "localhost.:27121", "0.0.0.0:27121",
            "127.0.0.1:27121.evil.example", "127.0.0.1:27121@evil.example", "", "127.1:27121", "2130706433:27121"})
    void rejectsEveryOtherHost(String host) {
        assertThat(guard.check(List.of(host))).hasValueSatisfying(error -> {
            assertThat(error.status()).isEqualTo(403);
            assertThat(error.code()).isEqualTo("host-not-allowed");
            assertThat(error.getMessage()).as("never echoes the hostile value").doesNotContain("evil", "::1", "0.0.0.0");
        });
    }

    @ParameterizedTest
    @CsvSource({"0", "2"})
    void rejectsAMissingOrRepeatedHost(int count) {
        List<String> hosts = count == 0 ? List.of() : List.of("127.0.0.1:27121", "evil.example");
        assertThat(guard.check(hosts)).hasValueSatisfying(error -> assertThat(error.status()).isEqualTo(403));
    }
}
