package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairingCodeTest {

    @Test
    void codesAreSixUnambiguousCharacters() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            assertThat(PairingCode.generate(random)).hasSize(6).matches("[A-HJKMNP-Z2-9]{6}");
        }
        assertThat(PairingCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @ParameterizedTest
    @CsvSource({"abc-def, ABCDEF", "' ab cd ef ', ABCDEF", "K7QW3M, K7QW3M"})
    void normalizesWhatTheUserTyped(String typed, String expected) {
        assertThat(PairingCode.normalize(typed)).isEqualTo(expected);
    }
}
