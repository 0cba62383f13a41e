package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void secretsAre256BitBase64urlAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = Secrets.newSecret();
            assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Secrets.looksLikeSecret(secret)).isTrue();
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void hashIsSha256InBase64url() {
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
        assertThat(Secrets.hash("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
        assertThat(Secrets.hash(Secrets.newSecret())).hasSize(43);
    }

    @Test
    void comparesInConstantTimeAndRejectsNulls() {
        assertThat(Secrets.constantTimeEquals("abc", "abc")).isTrue();
        assertThat(Secrets.constantTimeEquals("abc", "abd")).isFalse();
        assertThat(Secrets.constantTimeEquals("abc", "abcd")).isFalse();
        assertThat(Secrets.constantTimeEquals(null, "abc")).isFalse();
        assertThat(Secrets.constantTimeEquals("abc", null)).isFalse();
    }

    @Test
    void onlyTheSecretShapeLooksLikeASecret() {
        assertThat(Secrets.looksLikeSecret(null)).isFalse();
        assertThat(Secrets.looksLikeSecret("")).isFalse();
        assertThat(Secrets.looksLikeSecret("a".repeat(42))).isFalse();
        assertThat(Secrets.looksLikeSecret("a".repeat(44))).isFalse();
        assertThat(Secrets.looksLikeSecret("a".repeat(42) + "=")).isFalse();
        assertThat(Secrets.looksLikeSecret("a".repeat(42) + "+")).isFalse();
    }
}
