package dev.inviteledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.demo.DemoLedger;
import dev.inviteledger.http.Sessions;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status pages over real HTTP, for what a browser test cannot easily forge: missing fields, foreign origins. */
class StatusPagesHttpTest {
    @TempDir
    static Path dir;

    static DemoAgent agent;
    static String cookie;
    static String csrf;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        agent = DemoAgent.withDemo(dir.resolve("demo"));
        String login = agent.loginUrl();
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(URI.create(login)));
        cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        JsonNode session = Json.mapper().readTree(send(get("api/v1/session")).body());
        csrf = session.get("csrfToken").asText();
    }

    @AfterAll
    static void stop() {
        agent.close();
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(agent.base() + path)).header("Cookie", cookie);
    }

    static HttpRequest.Builder form(String path, String body, String origin) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(agent.base() + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return origin == null ? b : b.header("Origin", origin);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String own() {
        return "http://127.0.0.1:" + agent.server.port();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void withoutASessionBrowsersGetTheSignInPageAndProgramsGetJson() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(agent.base())).header("Accept", "text/html,*/*"));
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; frame-ancestors 'none'");
        assertThat(page.body()).contains("Open Invite Ledger from a sign-in link").doesNotContain(DemoSimulationNames.HOSTILE)
                .doesNotContain("csrf").doesNotContain("pending invitations");

        HttpResponse<String> program = send(HttpRequest.newBuilder(URI.create(agent.base())).header("Accept", "application/json"));
        assertThat(program.statusCode()).isEqualTo(401);
        assertThat(Json.mapper().readTree(program.body()).get("error").asText()).isEqualTo("auth-required");

        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(agent.base() + "api/v1/session")).header("Accept", "text/html"));
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void hostileNamesAreEscapedInTheHtml() throws Exception {
        String dashboard = send(get("")).body();
        assertThat(dashboard).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        String invitations = send(get("invitations?status=all&q=" + encode("<img"))).body();
        assertThat(invitations).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        String all = send(get("invitations?status=all&sort=newest")).body();
        assertThat(all).contains("\"&gt;&lt;svg onload=alert(2)&gt;").doesNotContain("<svg onload");
        assertThat(dashboard).doesNotContain(" style=").doesNotContain("<style").doesNotContain("<script>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "NONE", value = {
            "no csrf field,       false, OWN,                 403, csrf-token-mismatch",
            "a wrong csrf field,  wrong, OWN,                 403, csrf-token-mismatch",
            "no Origin,           true,  NONE,                403, form-origin-required",
            "a foreign Origin,    true,  https://evil.example, 403, origin-not-allowed",
            "Origin null,         true,  null,                403, origin-not-allowed"})
    void aFormNeedsTheCsrfFieldAndTheAgentsOwnOrigin(String label, String withCsrf, String origin, int status, String code)
            throws Exception {
        InvitationRecord pending = firstPending();
        String body = "account=demo&key=" + encode(pending.key()) + "&keep=true"
                + (withCsrf.equals("true") ? "&csrf=" + csrf : withCsrf.equals("wrong") ? "&csrf=" + "x".repeat(43) : "");
        HttpResponse<String> response = send(form("invitations/keep", body, "OWN".equals(origin) ? own() : origin)
                .header("Accept", "application/json"));
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(Json.mapper().readTree(response.body()).get("error").asText()).isEqualTo(code);
        assertThat(firstPending().keep()).isFalse();
    }

    @Test
    void jsonToAFormRouteTakesTheCsrfTokenFromTheHeader() throws Exception {
        // not a form submission, so the page's token travels in the header, as for every other session write
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(agent.base() + "invitations/keep"))
                .header("Cookie", cookie).header("Origin", own()).header("Content-Type", "application/json")
                .header("X-Invite-Ledger-Api", "1").header(Sessions.CSRF_HEADER, csrf)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.body()).doesNotContain("csrf-token-mismatch");
        assertThat(firstPending().keep()).isFalse();
    }

    @Test
    void aFormWithTheCsrfFieldFromOurOwnPageWorksAndGoesBackWhereItCameFrom() throws Exception {
        InvitationRecord pending = firstPending();
        String body = "csrf=" + csrf + "&account=demo&key=" + encode(pending.key()) + "&keep=true&return="
                + encode("/invitations?status=stale&page=2");
        HttpResponse<String> response = send(form("invitations/keep", body, own()));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/invitations?status=stale&page=2&done=kept");
        assertThat(agent.ledger.history(DemoLedger.ACCOUNT).invitations().stream()
                .filter(r -> r.id() == pending.id()).findFirst().orElseThrow().keep()).isTrue();
        agent.ledger.setKeep(DemoLedger.ACCOUNT, pending.key(), false);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "/invitations?status=stale,   /invitations?status=stale",
            "/,                           /",
            "/settings,                   /settings",
            "https://evil.example/,       /withdrawals",
            "//evil.example/,             /withdrawals",
            "/\\evil.example,             /withdrawals",
            "/api/v1/tokens,              /withdrawals",
            "/login?key=x,                /withdrawals",
            "NONE,                        /withdrawals"})
    void redirectsOnlyGoBackToOurOwnPages(String asked, String expected) {
        assertThat(StatusPages.backTo(asked, "/withdrawals")).isEqualTo(expected);
    }

    @Test
    void theUploadIsAMultipartFormThatAlsoNeedsTheCsrfField() throws Exception {
        String csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Bob,Byte,https://www.linkedin.com/in/bob-byte-2,,,,not a day\n";
        HttpResponse<String> refused = send(multipart("import", csrf, "Connections.csv", csv));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was imported").contains("Connections.csv, line 2");
        assertThat(refused.body()).as("the upload's temporary folder is not shown").doesNotContain("invite-ledger-import")
                .doesNotContain(System.getProperty("java.io.tmpdir"));

        HttpResponse<String> wrongFile = send(multipart("import", csrf, "Messages.csv", csv));
        assertThat(wrongFile.statusCode()).isEqualTo(400);
        assertThat(wrongFile.body()).contains("other files are not read");

        HttpResponse<String> noCsrf = send(multipart("import", null, "Connections.csv", csv).header("Accept", "application/json"));
        assertThat(noCsrf.statusCode()).isEqualTo(403);
    }

    @Test
    void theChartDataIsJsonForTheSessionOnly() throws Exception {
        HttpResponse<String> data = send(get("status-data/dashboard"));
        assertThat(data.statusCode()).isEqualTo(200);
        JsonNode json = Json.mapper().readTree(data.body());
        assertThat(json.get("pending").get("values").size()).isBetween(88, 92);
        assertThat(json.get("pending").get("cap").asInt()).isEqualTo(500);
        assertThat(json.get("sends").get("bandLow").asInt()).isEqualTo(10);
        assertThat(json.get("statuses").get("keys").size()).isEqualTo(8);
        assertThat(json.get("acceptance").get("recommended").asInt()).isEqualTo(agent.evaluate().acceptance().recommendedWithdrawAfterDays());
        assertThat(data.body()).doesNotContain(DemoSimulationNames.HOSTILE);

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(agent.base() + "status-data/dashboard")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void valuesFromThePolicyFileAreShownReadOnlyAndNeverSaved() throws Exception {
        try (DemoAgent fixed = DemoAgent.empty(dir.resolve("fixed"), java.util.Map.of("pendingCap", 700))) {
            HttpResponse<String> signIn = send(HttpRequest.newBuilder(URI.create(fixed.loginUrl())));
            String session = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String token = Json.mapper().readTree(send(HttpRequest.newBuilder(URI.create(fixed.base() + "api/v1/session"))
                    .header("Cookie", session)).body()).get("csrfToken").asText();
            String page = send(HttpRequest.newBuilder(URI.create(fixed.base() + "settings")).header("Cookie", session)).body();
            String input = page.substring(page.indexOf("<input id=\"setting-pendingCap\""));
            input = input.substring(0, input.indexOf('>'));
            assertThat(input).contains("value=\"700\"").contains("readonly").doesNotContain("name=");
            assertThat(page).contains("from --policy file");

            HttpResponse<String> saved = send(HttpRequest.newBuilder(URI.create(fixed.base() + "settings")).header("Cookie", session)
                    .header("Origin", "http://127.0.0.1:" + fixed.server.port())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token + "&pendingCap=300&weeklyLimit=150")));
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(fixed.ledger.settings()).containsExactly(java.util.Map.entry("weeklyLimit", "150"));
            assertThat(fixed.settings.current().pendingCap()).isEqualTo(700);
        }
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(URI.create(agent.loginUrl())));
        String session = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = Json.mapper().readTree(send(HttpRequest.newBuilder(URI.create(agent.base() + "api/v1/session"))
                .header("Cookie", session)).body()).get("csrfToken").asText();
        HttpResponse<String> out = send(HttpRequest.newBuilder(URI.create(agent.base() + "signout")).header("Cookie", session)
                .header("Origin", own()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token)));
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(out.body()).contains("You are signed out");
        assertThat(out.headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("Max-Age=0"));
        assertThat(send(HttpRequest.newBuilder(URI.create(agent.base())).header("Cookie", session)).statusCode()).isEqualTo(401);
    }

    private static InvitationRecord firstPending() {
        return agent.ledger.history(DemoLedger.ACCOUNT).invitations().stream()
                .filter(r -> r.state() == InvitationState.PENDING).findFirst().orElseThrow();
    }

    private static HttpRequest.Builder multipart(String path, String csrfToken, String fileName, String content) {
        String boundary = "----invite-ledger-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        if (csrfToken != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n")
                    .append(csrfToken).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"export\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n--")
                .append(boundary).append("--\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(agent.base() + path)).header("Cookie", cookie).header("Origin", own())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** The demo's planted hostile name (kept here so the test reads on its own). */
    static final class DemoSimulationNames {
        static final String HOSTILE = "<img src=x onerror=alert(1)>";
    }
}
