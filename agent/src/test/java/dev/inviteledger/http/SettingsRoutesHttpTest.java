package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.policy.PolicyField;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET/PUT /api/v1/settings}: the policy with sources, validated as a whole, saved in one go or not at all. */
class SettingsRoutesHttpTest {
    @TempDir
    Path dataDir;

    private static JsonNode setting(JsonNode view, String key) {
        for (JsonNode s : view.get("settings")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + key + " in " + view);
    }

    @Test
    void listsEveryValueWithDefaultRangeUnitAndSource() {
        try (LedgerAgent agent = new LedgerAgent(dataDir)) {
            TestAgent.Response response = agent.read("/api/v1/settings").send();
            assertThat(response.status()).isEqualTo(200);
            JsonNode view = response.json();
            assertThat(view.get("settings")).extracting(s -> s.get("key").asText()).containsExactlyElementsOf(PolicyField.keys());
            JsonNode cap = setting(view, "pendingCap");
            assertThat(cap.get("value").asInt()).isEqualTo(500);
            assertThat(cap.get("defaultValue").asInt()).isEqualTo(500);
            assertThat(cap.get("min").asInt()).isEqualTo(1);
            assertThat(cap.get("max").asInt()).isEqualTo(5000);
            assertThat(cap.get("unit").asText()).isEqualTo("invitations");
            assertThat(cap.get("source").asText()).contains("seed 001");
            assertThat(cap.get("savedValue").isNull()).isTrue();
            assertThat(cap.get("overridden").asBoolean()).isFalse();
            assertThat(cap.get("fromPolicyFile").asBoolean()).isFalse();
        }
    }

    @Test
    void aPartialPutIsValidatedSavedAndAppliesToTheNextRequest() {
        try (LedgerAgent agent = new LedgerAgent(dataDir)) {
            TestAgent.Response response = agent.write("PUT", "/api/v1/settings", "{\"withdrawAfterDays\": 14, \"watchAt\": 0.5}").send();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(setting(response.json(), "withdrawAfterDays").get("value").asInt()).isEqualTo(14);
            assertThat(setting(response.json(), "withdrawAfterDays").get("overridden").asBoolean()).isTrue();
            assertThat(setting(response.json(), "watchAt").get("savedValue").asDouble()).isEqualTo(0.5);
            assertThat(agent.ledger.settings()).containsEntry("withdrawAfterDays", "14").containsEntry("watchAt", "0.5");
            assertThat(agent.services.policy().current().withdrawAfterDays()).isEqualTo(14);

            TestAgent.Response reset = agent.write("PUT", "/api/v1/settings", "{\"withdrawAfterDays\": null}").send();
            assertThat(reset.status()).isEqualTo(200);
            assertThat(setting(reset.json(), "withdrawAfterDays").get("value").asInt()).isEqualTo(21);
            assertThat(agent.ledger.settings()).doesNotContainKey("withdrawAfterDays").containsKey("watchAt");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"dailyWithdrawals\": 500}|dailyWithdrawals",
            "{\"withdrawAfterDays\": 14, \"dailyWithdrawals\": 0}|dailyWithdrawals",
            "{\"withdrawAfterDays\": \"fourteen\"}|withdrawAfterDays",
            "{\"withdrawAfterDays\": 14.5}|withdrawAfterDays",
            "{\"withdrawAfterDays\": 90}|overdueAfterDays",
            "{\"pendingCapp\": 600}|pendingCapp",
            "{\"nearCapAt\": 0.5}|nearCapAt",
            "[1, 2]|JSON object",
            "{\"pendingCap\": 600,}|JSON"})
    void anInvalidPutIs400NamingTheKeyAndSavesNothing(String caseText) {
        String[] parts = caseText.split("\\|");
        try (LedgerAgent agent = new LedgerAgent(dataDir)) {
            agent.ledger.putSettings(Map.of("pendingCap", "700"));
            Map<String, Long> before = agent.counts();
            TestAgent.Response response = agent.write("PUT", "/api/v1/settings", parts[0]).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().get("message").asText()).contains(parts[1]);
            assertThat(agent.counts()).isEqualTo(before);
            assertThat(agent.ledger.settings()).containsExactly(Map.entry("pendingCap", "700"));
        }
    }

    @Test
    void thePolicyFileWinsAndIsShownAsSuch() {
        ObjectNode file = (ObjectNode) Json.mapper().valueToTree(Map.of("withdrawAfterDays", 30));
        try (LedgerAgent agent = new LedgerAgent(dataDir, file, ServerConfig.defaults(0))) {
            assertThat(agent.write("PUT", "/api/v1/settings", "{\"withdrawAfterDays\": 14}").send().status()).isEqualTo(200);
            JsonNode view = agent.read("/api/v1/settings").send().json();
            JsonNode withdrawAfter = setting(view, "withdrawAfterDays");
            assertThat(withdrawAfter.get("value").asInt()).isEqualTo(30);
            assertThat(withdrawAfter.get("savedValue").asInt()).isEqualTo(14);
            assertThat(withdrawAfter.get("fromPolicyFile").asBoolean()).isTrue();
            assertThat(setting(view, "pendingCap").get("fromPolicyFile").asBoolean()).isFalse();

            // A saved value that the file's value makes invalid is refused: the policy in effect must stay valid.
            TestAgent.Response clash = agent.write("PUT", "/api/v1/settings", "{\"overdueAfterDays\": 25}").send();
            assertThat(clash.status()).isEqualTo(400);
            assertThat(clash.json().get("message").asText()).contains("overdueAfterDays");
            assertThat(agent.ledger.settings()).doesNotContainKey("overdueAfterDays");
        }
    }
}
