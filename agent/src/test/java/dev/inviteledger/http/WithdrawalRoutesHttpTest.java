package dev.inviteledger.http;

import static dev.inviteledger.http.LedgerAgent.page;
import static dev.inviteledger.http.LedgerAgent.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The withdrawal log over real HTTP: record by key, profile URL or name; undo; list with re-send dates. */
class WithdrawalRoutesHttpTest {
    @TempDir
    Path dataDir;

    private LedgerAgent agent;

    @BeforeEach
    void start() {
        agent = new LedgerAgent(dataDir);
        TestAgent.Response response = agent.capture(page(
                person("Ada Example", "ada-example-4b1", 25, null),
                person("Sam Twin", "sam-twin-1", 30, null),
                person("Sam Twin", "sam-twin-2", 40, null),
                person("Bo Sample", "bo-sample", 3, null)), agent.now().minus(Duration.ofHours(1)));
        assertThat(response.status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private InvitationRecord invitation(String key) {
        return agent.ledger.history("default").invitations().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void recordsByKeyWithTheResendDateAndTheSummaryCountsItToday() {
        TestAgent.Response response = agent.write("POST", "/api/v1/withdrawals",
                "{\"key\":\"in:ada-example-4b1\",\"withdrawnAt\":\"2026-11-22T09:30:00Z\",\"source\":\"observed\"}").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("id").asLong()).isPositive();
        assertThat(body.get("key").asText()).isEqualTo("in:ada-example-4b1");
        assertThat(body.get("withdrawnAt").asText()).isEqualTo("2026-11-22T09:30:00Z");
        assertThat(body.get("resendEligibleAt").asText()).isEqualTo("2026-12-13T09:30:00Z");
        assertThat(invitation("in:ada-example-4b1").state()).isEqualTo(InvitationState.WITHDRAWN);
        JsonNode summary = agent.read("/api/v1/accounts/default/summary").send().json();
        assertThat(summary.at("/today/done").asInt()).isEqualTo(1);
        assertThat(summary.get("plan")).extracting(e -> e.get("key").asText()).doesNotContain("in:ada-example-4b1");
    }

    @Test
    void resolvesAProfileUrlAndAUniqueNameAndDefaultsTheTimeToNow() {
        TestAgent.Response byUrl = agent.write("POST", "/api/v1/withdrawals",
                "{\"profileUrl\":\"https://www.linkedin.com/in/Ada-Example-4b1/?miniProfile=x\",\"source\":\"manual\"}").send();
        assertThat(byUrl.status()).as(byUrl.toString()).isEqualTo(201);
        assertThat(byUrl.json().get("key").asText()).isEqualTo("in:ada-example-4b1");
        assertThat(byUrl.json().get("withdrawnAt").asText()).isEqualTo("2026-11-22T10:00:00Z");

        TestAgent.Response byName = agent.write("POST", "/api/v1/withdrawals", "{\"name\":\" Bo\\u00a0\\t Sample\\u200e \",\"source\":\"observed\"}").send();
        assertThat(byName.status()).as(byName.toString()).isEqualTo(201);
        assertThat(byName.json().get("key").asText()).isEqualTo("in:bo-sample");
    }

    @Test
    void aNameIsComparedInTheFormTheLedgerStoresNamesIn() {
        // U+0085 (NEXT LINE) is a space to the parser, which stored "Bo Sample"; so it must be here too
        TestAgent.Response byName = agent.write("POST", "/api/v1/withdrawals", "{\"name\":\"Bo\\u0085Sample\",\"source\":\"observed\"}").send();
        assertThat(byName.status()).as(byName.toString()).isEqualTo(201);
        assertThat(byName.json().get("key").asText()).isEqualTo("in:bo-sample");
    }

    @Test
    void anAmbiguousNameIs409AndAnUnknownOneIs404AndNothingIsRecorded() {
        Map<String, Long> before = agent.counts();
        TestAgent.Response twins = agent.write("POST", "/api/v1/withdrawals", "{\"name\":\"Sam Twin\",\"source\":\"observed\"}").send();
        assertThat(twins.status()).isEqualTo(409);
        assertThat(twins.error()).isEqualTo("ambiguous-name");
        assertThat(twins.json().get("message").asText()).contains("2 pending invitations");
        TestAgent.Response nobody = agent.write("POST", "/api/v1/withdrawals", "{\"name\":\"No Body\",\"source\":\"observed\"}").send();
        assertThat(nobody.status()).isEqualTo(404);
        TestAgent.Response unknownKey = agent.write("POST", "/api/v1/withdrawals", "{\"key\":\"in:nobody\",\"source\":\"manual\"}").send();
        assertThat(unknownKey.error()).isEqualTo("invitation-not-found");
        assertThat(agent.counts()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"key\":\"in:ada-example-4b1\"}|source",
            "{\"key\":\"in:ada-example-4b1\",\"source\":\"clicked\"}|source",
            "{\"key\":\"ada-example-4b1\",\"source\":\"manual\"}|key",
            "{\"profileUrl\":\"https://www.linkedin.com/company/example/\",\"source\":\"manual\"}|profileUrl",
            "{\"key\":\"in:ada-example-4b1\",\"withdrawnAt\":\"2026-11-23T10:00:00Z\",\"source\":\"manual\"}|withdrawnAt",
            "{\"key\":\"in:ada-example-4b1\",\"withdrawnAt\":\"soon\",\"source\":\"manual\"}|withdrawnAt",
            "{\"key\":\"in:ada-example-4b1\",\"source\":\"manual\",\"account\":\"\\u202e\"}|account",
            "{\"source\":\"manual\"}|key",
            "{\"key\":\"in:ada-example-4b1\",\"source\":\"manual\",\"when\":1}|when"})
    void badRequestsAre400NamingTheFieldAndRecordNothing(String caseText) {
        String[] parts = caseText.split("\\|");
        Map<String, Long> before = agent.counts();
        TestAgent.Response response = agent.write("POST", "/api/v1/withdrawals", parts[0]).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("\"" + parts[1] + "\"");
        assertThat(agent.counts()).isEqualTo(before);
        assertThat(invitation("in:ada-example-4b1").state()).isEqualTo(InvitationState.PENDING);
    }

    @Test
    void undoPutsTheInvitationBackAndTheLogKeepsBoth() {
        long id = agent.write("POST", "/api/v1/withdrawals", "{\"key\":\"in:ada-example-4b1\",\"source\":\"manual\"}")
                .send().json().get("id").asLong();
        agent.http.clock.advance(Duration.ofMinutes(5));
        TestAgent.Response undone = agent.write("DELETE", "/api/v1/withdrawals/" + id, "{}").send();
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("undone").asBoolean()).isTrue();
        assertThat(undone.json().get("undoneAt").asText()).isEqualTo("2026-11-22T10:05:00Z");
        assertThat(invitation("in:ada-example-4b1").state()).isEqualTo(InvitationState.PENDING);

        agent.ledger.putSettings(Map.of("resendCooldownDays", "14"));
        JsonNode log = agent.read("/api/v1/withdrawals").send().json();
        assertThat(log.get("resendCooldownDays").asInt()).isEqualTo(14);
        assertThat(log.get("withdrawals")).singleElement().satisfies(w -> {
            assertThat(w.get("active").asBoolean()).isFalse();
            assertThat(w.get("name").asText()).isEqualTo("Ada Example");
            assertThat(w.get("resendEligibleAt").asText()).isEqualTo("2026-12-06T10:00:00Z");
        });
    }

    @Test
    void undoingAnUnknownWithdrawalIs404() {
        assertThat(agent.write("DELETE", "/api/v1/withdrawals/999", "{}").send().error()).isEqualTo("withdrawal-not-found");
        assertThat(agent.write("DELETE", "/api/v1/withdrawals/abc", "{}").send().status()).isEqualTo(404);
    }

    @Test
    void theLogOfAnUnknownAccountIs404() {
        assertThat(agent.read("/api/v1/withdrawals?account=other").send().status()).isEqualTo(404);
        assertThat(agent.read("/api/v1/withdrawals").send().json().get("withdrawals")).isEmpty();
    }
}
