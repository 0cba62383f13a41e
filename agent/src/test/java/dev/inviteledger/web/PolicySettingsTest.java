package dev.inviteledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inviteledger.config.Json;
import dev.inviteledger.http.PolicySource;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.policy.PolicyException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PolicySettingsTest {
    private final Ledger ledger = Ledger.inMemory();

    @AfterEach
    void close() {
        ledger.close();
    }

    private PolicySource file(String key, int value) {
        return new PolicySource(ledger, Json.mapper().createObjectNode().put(key, value));
    }

    private static Map<String, String> typed(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    @Test
    void savesOnlyWhatDiffersFromTheDefaults() {
        PolicySettings settings = new PolicySettings(ledger, PolicySource.settingsOnly(ledger));
        settings.save(typed("withdrawAfterDays", "14", "dailyWithdrawals", "50", "watchAt", "0.55"));
        assertThat(ledger.settings()).isEqualTo(Map.of("withdrawAfterDays", "14", "watchAt", "0.55"));
        assertThat(settings.current().withdrawAfterDays()).isEqualTo(14);

        settings.save(typed("withdrawAfterDays", "21"));
        assertThat(ledger.settings()).isEqualTo(Map.of("watchAt", "0.55"));
    }

    @Test
    void refusesEveryBadValueByKeyAndSavesNothing() {
        PolicySettings settings = new PolicySettings(ledger, PolicySource.settingsOnly(ledger));
        assertThatThrownBy(() -> settings.save(typed("dailyWithdrawals", "500", "pendingCap", "", "weeklyLimit", "lots",
                "withdrawAfterDays", "14.5")))
                .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems())
                        .extracting(PolicyException.Problem::key)
                        .containsExactlyInAnyOrder("dailyWithdrawals", "pendingCap", "weeklyLimit", "withdrawAfterDays"));
        assertThat(ledger.settings()).isEmpty();
    }

    @Test
    void crossFieldRulesNameTheKey() {
        PolicySettings settings = new PolicySettings(ledger, PolicySource.settingsOnly(ledger));
        assertThatThrownBy(() -> settings.save(typed("withdrawAfterDays", "70")))
                .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.problems().get(0).key()).isEqualTo("overdueAfterDays"));
        assertThat(ledger.settings()).isEmpty();
    }

    @Test
    void valuesFromThePolicyFileWinAndCannotBeChangedHere() {
        PolicySettings settings = new PolicySettings(ledger, file("pendingCap", 700));
        settings.save(typed("pendingCap", "300", "weeklyLimit", "150"));
        assertThat(settings.current().pendingCap()).isEqualTo(700);
        assertThat(settings.current().weeklyLimit()).isEqualTo(150);
        assertThat(ledger.settings()).doesNotContainKey("pendingCap");
        assertThat(settings.fixedKeys()).containsExactly("pendingCap");
    }

    @Test
    void savedSettingsThatNoLongerFitTheFileFallBackToTheFileAndSaySo() {
        ledger.putSettings(Map.of("overdueAfterDays", "30"));
        PolicySettings settings = new PolicySettings(ledger, file("withdrawAfterDays", 40));
        assertThat(settings.current().withdrawAfterDays()).isEqualTo(40);
        assertThat(settings.current().overdueAfterDays()).isEqualTo(60);
        assertThat(settings.conflict()).contains("overdueAfterDays");
    }
}
