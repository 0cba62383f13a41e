package dev.inviteledger.http;

import static dev.inviteledger.http.LedgerAgent.page;
import static dev.inviteledger.http.LedgerAgent.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.report.CapturePipeline;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/captures} over real HTTP against a real ledger. */
class CaptureRoutesHttpTest {
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

    private static final String PAGE = page(
            person("Ada Example", "ada-example-4b1", 25, null),
            person("Bo Sample", "bo-sample", 3, "Hi Bo, we met at the meetup."),
            person("<img src=x onerror=alert(1)>", "hostile-name", 70, null));

    @Test
    void answersWithTheSameReportReplayPrintsAndStoresTheCapture() throws Exception {
        Instant at = agent.now().minus(Duration.ofMinutes(2));
        TestAgent.Response response = agent.capture(PAGE, at, "me@example.com");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);

        // The same page through the replay path (in-memory ledger, same policy and zone) gives the same JSON.
        assertThat(response.json()).isEqualTo(replayed(PAGE, at));

        JsonNode report = response.json();
        assertThat(report.get("account").asText()).isEqualTo("me@example.com");
        assertThat(report.at("/coverage/complete").asBoolean()).isTrue();
        assertThat(report.get("invitations")).extracting(i -> i.get("status").asText())
                .containsExactly("stale", "fresh", "overdue");
        assertThat(report.at("/invitations/2/name").asText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(agent.ledger.count("captures")).isEqualTo(1);
        assertThat(agent.ledger.count("invitations")).isEqualTo(3);
        assertThat(agent.ledger.accounts()).singleElement().satisfies(a -> assertThat(a.account()).isEqualTo("me@example.com"));
    }

    @Test
    void theAnswerIsNotCompressedEvenWhenTheBrowserOffersGzip() {
        // Chrome sends Accept-Encoding: gzip; over loopback compressing the ~1 MB answer of a long list only costs CPU.
        TestAgent.Response response = agent.write("POST", "/api/v1/captures",
                        LedgerAgent.captureJson(PAGE, agent.now().minus(Duration.ofMinutes(1)), null))
                .header("Accept-Encoding", "gzip, deflate, br").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Encoding")).isEmpty();
        assertThat(response.json().get("invitations")).hasSize(3);
    }

    @Test
    void theOverlayViewIsTheReportCutToWhatTheOverlayDraws() {
        Instant at = agent.now().minus(Duration.ofMinutes(2));
        TestAgent.Response response = agent.write("POST", "/api/v1/captures?view=overlay",
                LedgerAgent.captureJson(PAGE, at, "me@example.com")).send();
        JsonNode full = replayed(PAGE, at);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode overlay = response.json();

        assertThat(fieldNames(overlay)).containsExactly("capturedAt", "account", "coverage", "invitations",
                "headroom", "today", "warnings");
        for (String same : new String[] {"account", "coverage", "headroom", "today", "warnings"}) {
            assertThat(overlay.get(same)).as(same).isEqualTo(full.get(same));
        }
        assertThat(overlay.get("invitations")).hasSameSizeAs(full.get("invitations"));
        for (int i = 0; i < full.get("invitations").size(); i++) {
            JsonNode row = overlay.get("invitations").get(i);
            JsonNode whole = full.get("invitations").get(i);
            assertThat(fieldNames(row)).containsExactly("key", "name", "status", "ageDays", "hasNote",
                    "resendCount", "keep", "plan");
            fieldNames(row).forEach(f -> assertThat(row.get(f)).as(f).isEqualTo(whole.get(f)));
        }
        assertThat(overlay.at("/invitations/2/name").asText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(agent.ledger.count("captures")).isEqualTo(1);
    }

    @Test
    void anUnknownViewIsA400AndStoresNothing() {
        Map<String, Long> before = agent.counts();
        TestAgent.Response response = agent.write("POST", "/api/v1/captures?view=compact",
                LedgerAgent.captureJson(PAGE, agent.now(), null)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("invalid-parameter");
        assertThat(response.json().get("message").asText()).contains("\"view\"");
        assertThat(agent.counts()).isEqualTo(before);
    }

    /** The extension's form: the page as a text/html body, the other fields as query parameters. */
    private TestAgent.Request htmlCapture(String query, byte[] html) {
        return agent.http.request("POST", "/api/v1/captures?" + query).header("Content-Type", "text/html; charset=utf-8")
                .body(html).apiHeader().origin(TestAgent.EXTENSION_ORIGIN).bearer(agent.extensionToken);
    }

    private static String query(String... pairs) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            q.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(java.net.URLEncoder.encode(pairs[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    @Test
    void aTextHtmlBodyWithQueryFieldsIsTheSameCaptureAsTheJsonForm() {
        Instant at = agent.now().minus(Duration.ofMinutes(2));
        String page = PAGE.replace("Bo Sample", "Bø Sämple — 🙂"); // non-Latin-1 text must survive the decoding
        TestAgent.Response html = htmlCapture(query("view", "overlay", "url", LedgerAgent.SENT_URL, "capturedAt",
                at.toString(), "account", "me@example.com"), page.getBytes(java.nio.charset.StandardCharsets.UTF_8)).send();
        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.json().at("/invitations/1/name").asText()).isEqualTo("Bø Sämple — 🙂");
        assertThat(agent.ledger.count("captures")).isEqualTo(1);

        // the same page as JSON into a second, fresh agent answers the same
        try (LedgerAgent other = new LedgerAgent(dataDir.resolve("other"))) {
            TestAgent.Response json = other.write("POST", "/api/v1/captures?view=overlay",
                    LedgerAgent.captureJson(page, at, "me@example.com")).send();
            assertThat(html.json()).isEqualTo(json.json());
        }
    }

    @Test
    void aTextHtmlCaptureTakesCompleteFromTheQuery() {
        TestAgent.Response response = htmlCapture(query("url", LedgerAgent.SENT_URL, "capturedAt",
                agent.now().toString(), "complete", "false"), PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().at("/coverage/complete").asBoolean()).as("the caller's 'complete' wins").isFalse();
        assertThat(response.json().get("account").asText()).isEqualTo(Ledger.DEFAULT_ACCOUNT);
    }

    static Stream<Arguments> badHtmlCaptures() {
        String now = "2026-11-22T10:00:00Z";
        String url = LedgerAgent.SENT_URL;
        byte[] page = PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of(query("capturedAt", now), page, 400, "invalid-field", "\"url\""),
                Arguments.of(query("url", "https://evil.example/mynetwork/invitation-manager/sent/", "capturedAt", now), page, 400, "invalid-field", "\"url\""),
                Arguments.of(query("url", url), page, 400, "invalid-field", "\"capturedAt\""),
                Arguments.of(query("url", url, "capturedAt", "2026-11-22T10:06:00Z"), page, 400, "invalid-field", "\"capturedAt\""),
                Arguments.of(query("url", url, "capturedAt", now, "account", "me\u202Eevil"), page, 400, "invalid-field", "\"account\""),
                Arguments.of(query("url", url, "capturedAt", now, "complete", "yes"), page, 400, "invalid-parameter", "\"complete\""),
                Arguments.of(query("url", url, "capturedAt", now, "view", "compact"), page, 400, "invalid-parameter", "\"view\""),
                Arguments.of(query("url", url, "capturedAt", now), new byte[0], 400, "body-required", "HTML"),
                Arguments.of(query("url", url, "capturedAt", now), "  \n ".getBytes(java.nio.charset.StandardCharsets.UTF_8), 400, "invalid-field", "\"html\""));
    }

    @ParameterizedTest
    @MethodSource("badHtmlCaptures")
    void everyBadTextHtmlCaptureIsA400AndStoresNothing(String query, byte[] body, int status, String error, String named) {
        Map<String, Long> before = agent.counts();
        TestAgent.Response response = htmlCapture(query, body).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.error()).isEqualTo(error);
        assertThat(response.json().get("message").asText()).contains(named);
        assertThat(agent.counts()).isEqualTo(before);
    }

    @Test
    void textHtmlInAnotherCharsetOrOnAnotherRouteIsA415() {
        byte[] page = PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TestAgent.Response latin1 = htmlCapture(query("url", LedgerAgent.SENT_URL, "capturedAt", agent.now().toString()), page)
                .header("Content-Type", "text/html; charset=iso-8859-1").send();
        assertThat(latin1.status()).as(latin1.toString()).isEqualTo(415);
        assertThat(latin1.error()).isEqualTo("unsupported-charset");
        TestAgent.Response fixture = agent.http.request("POST", "/api/v1/fixtures").header("Content-Type", "text/html")
                .body(page).apiHeader().origin(TestAgent.EXTENSION_ORIGIN).bearer(agent.extensionToken).send();
        assertThat(fixture.status()).as(fixture.toString()).isEqualTo(415);
        assertThat(agent.ledger.count("captures")).isZero();
    }

    /** The same page through the replay path: an in-memory ledger, the same policy and zone. */
    private static JsonNode replayed(String html, Instant at) {
        try (Ledger memory = Ledger.inMemory()) {
            Policy defaults = Policy.defaults();
            return Json.mapper().valueToTree(new CapturePipeline(memory, new SentPageParser(), () -> defaults, ZoneOffset.UTC)
                    .ingest(new CapturePipeline.Capture("me@example.com", at, "replay", LedgerAgent.SENT_URL, html, null)));
        }
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theReportUsesTheHistoryAndTheSavedPolicy() {
        agent.ledger.putSettings(Map.of("withdrawAfterDays", "14"));
        Instant first = agent.now().minus(Duration.ofDays(10));
        assertThat(agent.capture(page(person("Ada Example", "ada", 0, null)), first).status()).isEqualTo(200);
        // Ten days later the page says "Sent 1 week ago" ([7,13]); the ledger knows it was sent on day 0.
        TestAgent.Response later = agent.capture(page(person("Ada Example", "ada", 10, null)), agent.now());
        JsonNode ada = later.json().at("/invitations/0");
        assertThat(ada.at("/ageDays/min").asInt()).isEqualTo(7);
        assertThat(ada.at("/age/min").asInt()).isEqualTo(10);
        assertThat(ada.get("status").asText()).isEqualTo("waiting");
        assertThat(agent.ledger.count("captures")).isEqualTo(2);
    }

    @Test
    void acceptsTheExtensionsTokenFromItsOriginAndLinkedInHostVariants() {
        ObjectNode body = (ObjectNode) Json.mapper().valueToTree(Map.of("url", "https://fr.linkedin.com/mynetwork/invitation-manager/sent/CONNECTION/?x=1",
                "capturedAt", "2026-11-22T11:00:00+01:00", "html", PAGE, "complete", false));
        TestAgent.Response response = agent.http.post("/api/v1/captures", body.toString()).apiHeader()
                .origin(TestAgent.EXTENSION_ORIGIN).bearer(agent.extensionToken).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestAgent.EXTENSION_ORIGIN);
        assertThat(response.json().get("capturedAt").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(response.json().at("/coverage/complete").asBoolean()).as("the caller's 'complete' wins").isFalse();
        assertThat(response.json().get("account").asText()).isEqualTo(Ledger.DEFAULT_ACCOUNT);
    }

    static Stream<Arguments> badCaptures() {
        String now = "2026-11-22T10:00:00Z";
        String url = LedgerAgent.SENT_URL;
        return Stream.of(
                Arguments.of(Map.of("capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", "http://www.linkedin.com/mynetwork/invitation-manager/sent/", "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", "https://evil.example/mynetwork/invitation-manager/sent/", "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", "https://www.linkedin.com.evil.example/mynetwork/invitation-manager/sent/", "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", "https://user@www.linkedin.com/mynetwork/invitation-manager/sent/", "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", "https://www.linkedin.com:8443/mynetwork/invitation-manager/sent/", "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", "https://www.linkedin.com/feed/", "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", "https://www.linkedin.com/mynetwork/invitation-manager/sentinel", "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", "not a url at all", "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", url + "x".repeat(3000), "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", url, "html", PAGE), "capturedAt"),
                Arguments.of(Map.of("url", url, "capturedAt", "yesterday", "html", PAGE), "capturedAt"),
                Arguments.of(Map.of("url", url, "capturedAt", "2026-11-22T10:00:00", "html", PAGE), "capturedAt"),
                Arguments.of(Map.of("url", url, "capturedAt", "2026-11-22T10:06:00Z", "html", PAGE), "capturedAt"),
                Arguments.of(Map.of("url", url, "capturedAt", "1999-01-01T00:00:00Z", "html", PAGE), "capturedAt"),
                Arguments.of(Map.of("url", url, "capturedAt", now), "html"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", ""), "html"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "account", "a".repeat(101)), "account"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "account", "me\u202Eevil"), "account"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "account", "me\u0000"), "account"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "account", "\uD83D\uDE00".repeat(51)), "account"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "complete", "maybe"), "complete"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "html2", "x"), "html2"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", 123), "html"),
                Arguments.of(Map.of("url", true, "capturedAt", now, "html", PAGE), "url"),
                Arguments.of(Map.of("url", url, "capturedAt", 1_700_000_000, "html", PAGE), "capturedAt"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "account", 5), "account"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "complete", 1), "complete"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", PAGE, "complete", "true"), "complete"),
                Arguments.of(Map.of("url", url, "capturedAt", now, "html", java.util.List.of(PAGE)), "html"));
    }

    @ParameterizedTest
    @MethodSource("badCaptures")
    void everyBadFieldIsA400NamingItAndStoresNothing(Map<String, Object> body, String field) {
        Map<String, Long> before = agent.counts();
        TestAgent.Response response = agent.write("POST", "/api/v1/captures", Json.mapper().valueToTree(body).toString()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error()).isIn("invalid-field", "unknown-field");
        assertThat(response.json().get("message").asText()).contains("\"" + field + "\"");
        assertThat(agent.counts()).isEqualTo(before);
    }

    @Test
    void aPageThatIsNotTheSentListIsStoredAsAPartialCaptureWithWarnings() {
        TestAgent.Response response = agent.capture("<html><body><p>Something else</p></body></html>", agent.now());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/coverage/complete").asBoolean()).isFalse();
        assertThat(response.json().get("warnings").toString()).contains("layout not recognised");
        assertThat(agent.ledger.count("invitations")).isZero();
    }
}
