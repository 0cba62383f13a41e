package dev.inviteledger.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyTest {

    @Test
    void defaultsAreTheBriefsNumbers() {
        Policy p = Policy.defaults();
        assertThat(p).isEqualTo(new Policy(500, 0.6, 0.8, 100, 21, 60, 50, 21, 0.95));
        assertThat(p.toJson().toString()).isEqualTo("{\"pendingCap\":500,\"watchAt\":0.6,\"nearCapAt\":0.8,"
                + "\"weeklyLimit\":100,\"withdrawAfterDays\":21,\"overdueAfterDays\":60,\"dailyWithdrawals\":50,"
                + "\"resendCooldownDays\":21,\"acceptanceQuantile\":0.95}");
        assertThat(p.overrides()).isEmpty();
    }

    @Test
    void catalogueDefaultsMatchThePolicyDefaultsAndEveryFieldHasASource() {
        for (PolicyField f : PolicyField.values()) {
            assertThat(PolicyRules.same(f.valueIn(Policy.defaults()), f.defaultValue())).as(f.key()).isTrue();
            assertThat(f.source()).as(f.key()).isNotBlank();
            assertThat(f.description()).as(f.key()).isNotBlank();
            assertThat(f.unit()).as(f.key()).isNotBlank();
        }
        assertThat(PolicyField.PENDING_CAP.source()).contains("seed 001 says 500", "500–700", "~1,500", "publishes none");
        assertThat(PolicyField.DAILY_WITHDRAWALS.min()).isEqualTo(1);
        assertThat(PolicyField.DAILY_WITHDRAWALS.max()).isEqualTo(100);
        assertThat(PolicyField.keys()).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void partialMapsOverrideOnlyTheirKeys() {
        Policy p = Policy.fromMap(Map.of("withdrawAfterDays", 14, "dailyWithdrawals", 30));
        assertThat(p.withdrawAfterDays()).isEqualTo(14);
        assertThat(p.dailyWithdrawals()).isEqualTo(30);
        assertThat(p.pendingCap()).isEqualTo(500);
        assertThat(p.overrides()).containsExactly(Map.entry("withdrawAfterDays", 14), Map.entry("dailyWithdrawals", 30));
        assertThat(Policy.fromMap(Map.of())).isEqualTo(Policy.defaults());
    }

    @Test
    void wholeNumbersWrittenAsDecimalsAndFractionsWrittenAsIntegersAreAccepted() {
        Policy p = Policy.parse("{\"pendingCap\": 700.0, \"nearCapAt\": 1, \"watchAt\": 0.5}");
        assertThat(p.pendingCap()).isEqualTo(700);
        assertThat(p.nearCapAt()).isEqualTo(1.0);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("{\"pendingCap\": 0}", "pendingCap: must be between 1 and 5000, got 0"),
                Arguments.of("{\"pendingCap\": -5}", "pendingCap: must be between 1 and 5000, got -5"),
                Arguments.of("{\"pendingCap\": 99999999999}", "pendingCap: must be between 1 and 5000, got 99999999999"),
                Arguments.of("{\"pendingCap\": 12.5}", "pendingCap: must be a whole number, got 12.5"),
                Arguments.of("{\"pendingCap\": \"500\"}", "pendingCap: must be a number, got text \"500\""),
                Arguments.of("{\"pendingCap\": null}", "pendingCap: must be a number, got null"),
                Arguments.of("{\"watchAt\": 0}", "watchAt: must be between 0.01 and 0.99, got 0"),
                Arguments.of("{\"watchAt\": 1.5}", "watchAt: must be between 0.01 and 0.99, got 1.5"),
                Arguments.of("{\"watchAt\": true}", "watchAt: must be a number, got true"),
                Arguments.of("{\"watchAt\": 0.85}", "watchAt: must be less than nearCapAt (0.8), got 0.85"),
                Arguments.of("{\"watchAt\": 0.8}", "watchAt: must be less than nearCapAt (0.8), got 0.8"),
                Arguments.of("{\"nearCapAt\": 1.01}", "nearCapAt: must be between 0.01 and 1, got 1.01"),
                Arguments.of("{\"nearCapAt\": -0.8}", "nearCapAt: must be between 0.01 and 1, got -0.8"),
                Arguments.of("{\"nearCapAt\": [0.8]}", "nearCapAt: must be a number, got a list"),
                Arguments.of("{\"weeklyLimit\": 0}", "weeklyLimit: must be between 1 and 1000, got 0"),
                Arguments.of("{\"weeklyLimit\": {}}", "weeklyLimit: must be a number, got an object"),
                Arguments.of("{\"withdrawAfterDays\": 6}", "withdrawAfterDays: must be between 7 and 365, got 6"),
                Arguments.of("{\"withdrawAfterDays\": -21}", "withdrawAfterDays: must be between 7 and 365, got -21"),
                Arguments.of("{\"withdrawAfterDays\": 60}", "overdueAfterDays: must be greater than withdrawAfterDays (60), got 60"),
                Arguments.of("{\"overdueAfterDays\": 14}", "overdueAfterDays: must be greater than withdrawAfterDays (21), got 14"),
                Arguments.of("{\"overdueAfterDays\": 1000}", "overdueAfterDays: must be between 8 and 730, got 1000"),
                Arguments.of("{\"dailyWithdrawals\": 500}", "dailyWithdrawals: must be between 1 and 100, got 500"),
                Arguments.of("{\"dailyWithdrawals\": 0}", "dailyWithdrawals: must be between 1 and 100, got 0"),
                Arguments.of("{\"resendCooldownDays\": -1}", "resendCooldownDays: must be between 1 and 90, got -1"),
                Arguments.of("{\"resendCooldownDays\": 91}", "resendCooldownDays: must be between 1 and 90, got 91"),
                Arguments.of("{\"acceptanceQuantile\": 1}", "acceptanceQuantile: must be between 0.5 and 0.99, got 1"),
                Arguments.of("{\"acceptanceQuantile\": 0.2}", "acceptanceQuantile: must be between 0.5 and 0.99, got 0.2"),
                Arguments.of("{\"withdrawAfter\": 21}", "withdrawAfter: unknown setting (known: pendingCap, watchAt, nearCapAt, "
                        + "weeklyLimit, withdrawAfterDays, overdueAfterDays, dailyWithdrawals, resendCooldownDays, acceptanceQuantile)"),
                Arguments.of("[1, 2]", "policy: must be a JSON object of settings, got a list"),
                Arguments.of("21", "policy: must be a JSON object of settings, got 21"),
                Arguments.of("{\"pendingCap\": 500,", "policy: is not valid JSON at line 1, column 20"),
                Arguments.of("", "policy: is empty"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refused")
    void badValuesAreRefusedNamingTheKey(String json, String message) {
        assertThatThrownBy(() -> Policy.parse(json)).isInstanceOf(PolicyException.class).hasMessage(message);
    }

    @Test
    void everyProblemIsReportedInCatalogueOrder() {
        PolicyException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class,
                () -> Policy.parse("{\"zzz\": 1, \"dailyWithdrawals\": 500, \"pendingCap\": \"x\"}"));
        assertThat(e.problems()).extracting(PolicyException.Problem::key)
                .containsExactly("pendingCap", "dailyWithdrawals", "zzz");
    }

    @Test
    void hostileKeysAndValuesAreShortenedInMessages() {
        String longKey = "<img src=x onerror=alert(1)>".repeat(5);
        assertThatThrownBy(() -> Policy.fromMap(Map.of(longKey, 1)))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).problems().get(0).key()).hasSize(41).endsWith("…"));
    }

    @Test
    void theConstructorRefusesInvalidValuesToo() {
        assertThatThrownBy(() -> new Policy(500, 0.6, 0.8, 100, 21, 60, 101, 21, 0.95))
                .isInstanceOf(PolicyException.class)
                .hasMessage("dailyWithdrawals: must be between 1 and 100, got 101");
        assertThatThrownBy(() -> new Policy(500, Double.NaN, 0.8, 100, 21, 60, 50, 21, 0.95))
                .hasMessageStartingWith("watchAt: must be a finite number");
        assertThatThrownBy(() -> Policy.defaults().with(PolicyField.PENDING_CAP, 0))
                .hasMessage("pendingCap: must be between 1 and 5000, got 0");
    }

    @Test
    void settingsRoundTrip() {
        Policy p = Policy.fromMap(Map.of("pendingCap", 700, "watchAt", 0.5, "acceptanceQuantile", 0.9));
        Map<String, String> settings = p.toSettings();
        assertThat(settings).containsEntry("pendingCap", "700").containsEntry("watchAt", "0.5")
                .containsEntry("dailyWithdrawals", "50").hasSize(9);
        assertThat(Policy.fromSettings(settings)).isEqualTo(p);
    }

    @Test
    void settingsIgnoreOtherKeysButRefuseBadPolicyValues() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("allowedExtensionIds", "[\"abc\"]");
        settings.put("withdrawAfterDays", "14");
        assertThat(Policy.fromSettings(settings).withdrawAfterDays()).isEqualTo(14);

        settings.put("dailyWithdrawals", "fifty");
        assertThatThrownBy(() -> Policy.fromSettings(settings)).hasMessageStartingWith("dailyWithdrawals: is not valid JSON");
        settings.put("dailyWithdrawals", "\"50\"");
        assertThatThrownBy(() -> Policy.fromSettings(settings)).hasMessage("dailyWithdrawals: must be a number, got text \"50\"");
    }

    @Test
    void overridesApplyOnTopOfAnExistingPolicy() {
        Policy stored = Policy.fromMap(Map.of("withdrawAfterDays", 14));
        ObjectNode put = Json.mapper().createObjectNode().put("dailyWithdrawals", 20);
        Policy updated = stored.withOverrides(put);
        assertThat(updated.withdrawAfterDays()).isEqualTo(14);
        assertThat(updated.dailyWithdrawals()).isEqualTo(20);
    }

    @Test
    void describeListsEverySettingWithItsSourceAndWhetherItWasChanged() {
        List<PolicySetting> rows = Policy.fromMap(Map.of("pendingCap", 1500)).describe();
        assertThat(rows).extracting(PolicySetting::key).containsExactlyElementsOf(PolicyField.keys());
        PolicySetting cap = rows.get(0);
        assertThat(cap.value()).isEqualTo(1500);
        assertThat(cap.defaultValue()).isEqualTo(500);
        assertThat(cap.overridden()).isTrue();
        assertThat(rows.get(1).overridden()).isFalse();
        assertThat(Json.mapper().valueToTree(cap).has("overridden")).isTrue();
    }

    @Test
    void serializesWithTheSettingNames() throws Exception {
        assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(Policy.defaults())))
                .isEqualTo(Policy.defaults().toJson());
    }
}
