package dev.inviteledger.http;

import static dev.inviteledger.http.LedgerAgent.page;
import static dev.inviteledger.http.LedgerAgent.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Accounts, the summary, the invitation list, keep pins and signals over real HTTP. */
class LedgerReadRoutesHttpTest {
    @TempDir
    Path dataDir;

    private LedgerAgent agent;

    @BeforeEach
    void start() {
        agent = new LedgerAgent(dataDir);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    /** Five pending invitations: fresh, waiting, stale without note, stale with note, overdue; plus one unknown age. */
    private void captureFive() {
        String html = page(
                person("Fresh Person", "fresh-p", 2, null),
                person("Waiting Person", "waiting-p", 10, "hello"),
                person("Stale Nonote", "stale-a", 25, null),
                person("Stale Noted", "stale-b", 25, "hi there"),
                person("Overdue Person", "overdue-p", 70, null))
                .replace("Sent 1 week ago", "Sent some time ago");
        TestAgent.Response response = agent.capture(html, agent.now().minus(Duration.ofMinutes(1)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void accountsListsPendingCountsAndLastCapture() {
        assertThat(agent.read("/api/v1/accounts").send().json()).isEmpty();
        captureFive();
        JsonNode accounts = agent.read("/api/v1/accounts").send().json();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).get("account").asText()).isEqualTo("default");
        assertThat(accounts.get(0).get("pending").asInt()).isEqualTo(5);
        assertThat(accounts.get(0).get("lastCaptureAt").asText()).isEqualTo("2026-11-22T09:59:00Z");
    }

    @Test
    void theSummaryHasHeadroomPlanTodayAcceptanceAndTheLastCapture() {
        captureFive();
        TestAgent.Response response = agent.read("/api/v1/accounts/default/summary").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode summary = response.json();
        assertThat(summary.get("account").asText()).isEqualTo("default");
        assertThat(summary.at("/headroom/pending").asInt()).isEqualTo(5);
        assertThat(summary.at("/headroom/level").asText()).isEqualTo("ok");
        assertThat(summary.get("plan")).extracting(e -> e.get("key").asText())
                .containsExactly("in:overdue-p", "in:stale-a", "in:stale-b");
        assertThat(summary.at("/plan/0/today").asBoolean()).isTrue();
        assertThat(summary.at("/today/planned").asInt()).isEqualTo(3);
        assertThat(summary.at("/today/done").asInt()).isZero();
        assertThat(summary.get("unknownAge")).extracting(JsonNode::asText).containsExactly("in:waiting-p");
        assertThat(summary.at("/acceptance/recommendedWithdrawAfterDays").asInt()).isEqualTo(21);
        assertThat(summary.at("/lastCapture/capturedAt").asText()).isEqualTo("2026-11-22T09:59:00Z");
        assertThat(summary.at("/lastCapture/coverage/complete").asBoolean()).isTrue();
        assertThat(summary.get("warnings").toString()).contains("no readable send date");
    }

    @Test
    void anUnknownAccountIs404AndABadOneIs400() {
        assertThat(agent.read("/api/v1/accounts/nobody/summary").send().error()).isEqualTo("account-not-found");
        assertThat(agent.read("/api/v1/invitations?account=nobody").send().status()).isEqualTo(404);
        TestAgent.Response bad = agent.read("/api/v1/accounts/" + "a".repeat(101) + "/summary").send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("\"account\"");
    }

    @Test
    void aWeeklyLimitSignalIsStoredAndWarnedAbout() {
        captureFive();
        Map<String, Long> before = agent.counts();
        TestAgent.Response accepted = agent.write("POST", "/api/v1/signals", "{\"kind\":\"weekly-limit\","
                + "\"text\":\"You\u2019ve reached the weekly invitation limit\",\"url\":\"https://www.linkedin.com/mynetwork/\","
                + "\"seenAt\":\"2026-11-21T18:00:00Z\"}").send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().get("kind").asText()).isEqualTo("weekly-limit");
        assertThat(agent.ledger.count("signals")).isEqualTo(before.get("signals") + 1);
        assertThat(agent.read("/api/v1/accounts/default/summary").send().json().get("warnings").toString())
                .contains("weekly invitation limit message at 2026-11-21T18:00:00Z");
        // A week later the warning is gone.
        agent.http.clock.advance(Duration.ofDays(8));
        assertThat(agent.read("/api/v1/accounts/default/summary").send().json().get("warnings").toString())
                .doesNotContain("weekly invitation limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"kind\":\"daily-limit\",\"text\":\"x\",\"url\":\"https://www.linkedin.com/\",\"seenAt\":\"2026-11-22T09:00:00Z\"}|kind",
            "{\"kind\":\"weekly-limit\",\"url\":\"https://www.linkedin.com/\",\"seenAt\":\"2026-11-22T09:00:00Z\"}|text",
            "{\"kind\":\"weekly-limit\",\"text\":\"\\u0000\\u202e\",\"url\":\"https://www.linkedin.com/\",\"seenAt\":\"2026-11-22T09:00:00Z\"}|text",
            "{\"kind\":\"weekly-limit\",\"text\":\"x\",\"url\":\"https://evil.example/\",\"seenAt\":\"2026-11-22T09:00:00Z\"}|url",
            "{\"kind\":\"weekly-limit\",\"text\":\"x\",\"url\":\"https://www.linkedin.com/\",\"seenAt\":\"2026-11-23T09:00:00Z\"}|seenAt",
            "{\"kind\":\"weekly-limit\",\"text\":\"x\",\"url\":\"https://www.linkedin.com/\",\"seenAt\":\"2026-11-22T09:00:00Z\",\"account\":\"\\u0007\"}|account"})
    void badSignalsAre400NamingTheFieldAndStoreNothing(String caseText) {
        String[] parts = caseText.split("\\|");
        Map<String, Long> before = agent.counts();
        TestAgent.Response response = agent.write("POST", "/api/v1/signals", parts[0]).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("\"" + parts[1] + "\"");
        assertThat(agent.counts()).isEqualTo(before);
    }

    @Test
    void longSignalTextIsCapped() {
        String text = "x".repeat(5000);
        assertThat(agent.write("POST", "/api/v1/signals", "{\"kind\":\"weekly-limit\",\"text\":\"" + text
                + "\",\"url\":\"https://www.linkedin.com/\",\"seenAt\":\"2026-11-22T09:00:00Z\"}").send().status()).isEqualTo(202);
        assertThat(agent.ledger.recentSignals("default", null)).singleElement()
                .satisfies(s -> assertThat(s.text()).hasSize(SignalRoutes.MAX_TEXT));
    }

    @Test
    void invitationsCarryTheVerdictAndTheLedgerFieldsSortedOldestFirstByDefault() {
        captureFive();
        TestAgent.Response response = agent.read("/api/v1/invitations").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("total").asInt()).isEqualTo(5);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("items")).extracting(i -> i.get("key").asText())
                .containsExactly("in:overdue-p", "in:stale-a", "in:stale-b", "in:fresh-p", "in:waiting-p");
        JsonNode overdue = page.at("/items/0");
        assertThat(overdue.get("state").asText()).isEqualTo("pending");
        assertThat(overdue.get("status").asText()).isEqualTo("overdue");
        assertThat(overdue.at("/age/min").asInt()).isEqualTo(60);
        assertThat(overdue.at("/sentAt/latest").asText()).isNotBlank();
        assertThat(overdue.get("firstSeen").asText()).isEqualTo("2026-11-22T09:59:00Z");
        assertThat(overdue.get("flags")).extracting(JsonNode::asText).containsExactly("no-note");
        assertThat(overdue.at("/plan/rank").asInt()).isEqualTo(1);
        assertThat(overdue.get("sentText").asText()).isEqualTo("Sent 2 months ago");
        JsonNode unknown = page.at("/items/4");
        assertThat(unknown.get("status").asText()).isEqualTo("unknown");
        assertThat(unknown.get("age").isNull()).isTrue();
        assertThat(unknown.get("plan").isNull()).isTrue();
    }

    @Test
    void invitationsFilterSortAndPage() {
        captureFive();
        assertThat(keys("/api/v1/invitations?status=stale,overdue&sort=name"))
                .containsExactly("in:overdue-p", "in:stale-a", "in:stale-b");
        assertThat(keys("/api/v1/invitations?status=pending&sort=plan"))
                .containsExactly("in:overdue-p", "in:stale-a", "in:stale-b", "in:fresh-p", "in:waiting-p");
        assertThat(keys("/api/v1/invitations?status=fresh")).containsExactly("in:fresh-p");
        assertThat(keys("/api/v1/invitations?status=withdrawn")).isEmpty();
        assertThat(keys("/api/v1/invitations?sort=age")).containsExactly("in:fresh-p", "in:stale-a", "in:stale-b",
                "in:overdue-p", "in:waiting-p");
        JsonNode second = agent.read("/api/v1/invitations?sort=-name&page=2&size=2").send().json();
        assertThat(second.get("total").asInt()).isEqualTo(5);
        assertThat(second.get("items")).extracting(i -> i.get("key").asText()).containsExactly("in:stale-a", "in:overdue-p");
        assertThat(agent.read("/api/v1/invitations?page=9").send().json().get("items")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=ignored|status", "sort=random|sort", "page=0|page", "page=x|page", "size=0|size",
            "size=501|size", "account=%07|account"})
    void badQueryParametersAre400NamingThem(String caseText) {
        captureFive();
        String[] parts = caseText.split("\\|");
        TestAgent.Response response = agent.read("/api/v1/invitations?" + parts[0]).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("\"" + parts[1] + "\"");
    }

    @Test
    void keepPinsAnInvitationOutOfThePlan() {
        captureFive();
        TestAgent.Response kept = agent.write("PUT", "/api/v1/invitations/in:stale-a/keep", "{\"keep\":true}").send();
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().get("keep").asBoolean()).isTrue();
        JsonNode item = agent.read("/api/v1/invitations?status=stale&sort=name").send().json().at("/items/0");
        assertThat(item.get("key").asText()).isEqualTo("in:stale-a");
        assertThat(item.get("keep").asBoolean()).isTrue();
        assertThat(item.get("flags").toString()).contains("keep");
        assertThat(item.get("plan").isNull()).isTrue();
        JsonNode summary = agent.read("/api/v1/accounts/default/summary").send().json();
        assertThat(summary.get("plan")).extracting(e -> e.get("key").asText()).containsExactly("in:overdue-p", "in:stale-b");
        assertThat(summary.get("keptBack")).extracting(JsonNode::asText).containsExactly("in:stale-a");

        assertThat(agent.write("PUT", "/api/v1/invitations/in:stale-a/keep?account=default", "{\"keep\":false}").send().status())
                .isEqualTo(200);
        assertThat(agent.read("/api/v1/accounts/default/summary").send().json().get("plan")).hasSize(3);
    }

    @Test
    void keepRefusesWhatItCannotApplyAndChangesNothing() {
        captureFive();
        Map<String, Long> before = agent.counts();
        List<TestAgent.Response> responses = new ArrayList<>();
        responses.add(agent.write("PUT", "/api/v1/invitations/in:nobody/keep", "{\"keep\":true}").send());
        responses.add(agent.write("PUT", "/api/v1/invitations/nobody/keep", "{\"keep\":true}").send());
        responses.add(agent.write("PUT", "/api/v1/invitations/in:stale-a/keep", "{}").send());
        responses.add(agent.write("PUT", "/api/v1/invitations/in:stale-a/keep", "{\"keep\":\"yes\"}").send());
        responses.add(agent.write("PUT", "/api/v1/invitations/in:stale-a/keep?account=other", "{\"keep\":true}").send());
        assertThat(responses).extracting(TestAgent.Response::status).containsExactly(404, 400, 400, 400, 404);
        assertThat(responses.get(0).error()).isEqualTo("invitation-not-found");
        assertThat(responses.get(1).json().get("message").asText()).contains("\"key\"");
        assertThat(responses.get(2).json().get("message").asText()).contains("\"keep\"");
        assertThat(agent.counts()).isEqualTo(before);
        assertThat(agent.ledger.history("default").invitations()).noneMatch(i -> i.keep());
    }

    @Test
    void keysWithoutAProfileAreAddressedUrlEncoded() {
        agent.capture(page(person("Zoë O'Example", null, 25, null), person("zed@example.com", null, 25, null),
                person("A/B Tester", null, 25, null)), agent.now());
        assertThat(keys("/api/v1/invitations?sort=name")).containsExactly("name:a/b tester", "email:zed@example.com", "name:zoë o'example");
        assertThat(agent.write("PUT", "/api/v1/invitations/name:zo%C3%AB%20o'example/keep", "{\"keep\":true}").send().status())
                .isEqualTo(200);
        assertThat(agent.write("PUT", "/api/v1/invitations/email:zed@example.com/keep", "{\"keep\":true}").send().status())
                .isEqualTo(200);
        // A slash in a key travels encoded; unencoded it would be another path.
        assertThat(agent.write("PUT", "/api/v1/invitations/name:a%2Fb%20tester/keep", "{\"keep\":true}").send().status())
                .isEqualTo(200);
        assertThat(agent.ledger.history("default").invitations()).allMatch(i -> i.keep());
    }

    private List<String> keys(String path) {
        TestAgent.Response response = agent.read(path).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        response.json().get("items").forEach(i -> keys.add(i.get("key").asText()));
        return keys;
    }
}
