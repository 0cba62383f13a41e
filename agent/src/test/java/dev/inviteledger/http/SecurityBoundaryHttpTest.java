package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every guard over real HTTP against the real server: each rejection asserts the status, the JSON error,
 * that no Access-Control-* header was sent, and that nothing was stored (no pairing request, no token
 * added, used or revoked, no test write).
 */
class SecurityBoundaryHttpTest {
    private static final String PAIRING_BODY = "{\"extensionVersion\":\"0.1.0\",\"label\":\"laptop\"}";

    private final TestRoutes testRoutes = new TestRoutes();
    private TestAgent agent;
    private String token;
    private List<TokenRecord> tokensBefore;

    @BeforeEach
    void start() {
        agent = new TestAgent(testRoutes);
        token = agent.server.tokenIssuer().issue(TestAgent.EXTENSION_ORIGIN, "paired extension").token();
        tokensBefore = agent.tokens.list();
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private TestAgent.Request pairingRequest() {
        return agent.post("/api/v1/pairing", PAIRING_BODY).origin(TestAgent.EXTENSION_ORIGIN).apiHeader();
    }

    /** Status, error code, no CORS headers, and nothing stored. */
    private void assertRejected(TestAgent.Response response, int status, String error) {
        assertThat(response.corsHeaders()).as("no CORS headers on a rejection").isEmpty();
        assertRejectedWithAnyCors(response, status, error);
    }

    /**
     * For requests from the allowed extension: its rejections carry CORS headers naming exactly its
     * origin, so it can read why it was refused; nothing else differs.
     */
    private void assertRejectedForTheExtension(TestAgent.Response response, int status, String error) {
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestAgent.EXTENSION_ORIGIN);
        assertRejectedWithAnyCors(response, status, error);
    }

    private void assertRejectedWithAnyCors(TestAgent.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.error()).isEqualTo(error);
        assertThat(response.json().path("message").asText()).isNotBlank();
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertSecurityHeaders(response);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(agent.server.pairing().pending()).as("no pairing request created").isEmpty();
        assertThat(agent.tokens.list()).as("token store unchanged (not added, used or revoked)").isEqualTo(tokensBefore);
        assertThat(testRoutes.writes).as("no handler wrote").hasValue(0);
    }

    private static void assertSecurityHeaders(TestAgent.Response response) {
        SecurityHeaders.HEADERS.forEach((name, value) -> assertThat(response.header(name)).as(name).contains(value));
    }

    // --- Host (DNS rebinding) ---

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1:OTHER", "localhost:OTHER", "127.0.0.1", "[::1]:PORT"})
    void aForeignHostIsRejectedBeforeRouting(String hostPattern) {
        String host = hostPattern.replace("OTHER", String.valueOf(agent.port() + 1)).replace("PORT", String.valueOf(agent.port()));
        assertRejected(pairingRequest().header("Host", host).send(), 403, "host-not-allowed");
        assertRejected(agent.get("/api/v1/health").header("Host", host).send(), 403, "host-not-allowed");
        assertRejected(agent.get("/").header("Host", host).send(), 403, "host-not-allowed");
        assertRejected(agent.get("/assets/hello.txt").header("Host", host).send(), 403, "host-not-allowed");
        assertRejected(agent.get("/no/such/page").header("Host", host).send(), 403, "host-not-allowed");
        assertRejected(agent.request("DELETE", "/api/v1/tokens/1").json("{}").apiHeader().bearer(token)
                .header("Host", host).send(), 403, "host-not-allowed");
    }

    @Test
    void theAgentsOwnNamesAreAcceptedCaseInsensitively() {
        assertThat(agent.get("/api/v1/health").header("Host", "LOCALHOST:" + agent.port()).send().status()).isEqualTo(200);
        assertThat(agent.get("/api/v1/health").header("Host", "localhost:" + agent.port()).send().status()).isEqualTo(200);
    }

    @Test
    void aMissingHostIsRejected() {
        TestAgent.RawResponse http10 = agent.raw("GET /api/v1/health HTTP/1.0\r\n\r\n", null);
        assertThat(http10.status()).isEqualTo(403);
        assertThat(http10.body()).contains("\"error\":\"host-not-allowed\"");
        assertThat(http10.hasCorsHeaders()).isFalse();

        TestAgent.RawResponse http11 = agent.raw("GET /api/v1/health HTTP/1.1\r\nConnection: close\r\n\r\n", null);
        assertThat(http11.status()).isEqualTo(400);
        assertThat(http11.body()).contains("\"error\":\"bad-request\"").doesNotContain("<html");
        assertThat(http11.header("X-Content-Type-Options")).contains("nosniff");
        assertNothingStored();
    }

    @Test
    void aMissingHostOnAWriteIsRejectedAndStoresNothing() {
        String body = PAIRING_BODY;
        TestAgent.RawResponse response = agent.raw("POST /api/v1/pairing HTTP/1.0\r\nOrigin: " + TestAgent.EXTENSION_ORIGIN
                + "\r\nContent-Type: application/json\r\nX-Invite-Ledger-Api: 1\r\nContent-Length: " + body.length() + "\r\n\r\n",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.hasCorsHeaders()).isFalse();
        assertNothingStored();
    }

    @Test
    void twoHostHeadersAreRejected() {
        TestAgent.RawResponse response = agent.raw("GET /api/v1/health HTTP/1.1\r\nHost: " + agent.host()
                + "\r\nHost: evil.example\r\nConnection: close\r\n\r\n", null);
        assertThat(response.status()).isBetween(400, 403);
        assertThat(response.body()).doesNotContain("\"status\":\"ok\"");
    }

    @Test
    void anAbsoluteRequestTargetNamingAnotherHostIsRejected() {
        TestAgent.RawResponse response = agent.raw("GET http://evil.example/api/v1/health HTTP/1.1\r\nHost: " + agent.host()
                + "\r\nConnection: close\r\n\r\n", null);
        assertThat(response.status()).isBetween(400, 403);
        assertThat(response.body()).doesNotContain("\"status\":\"ok\"");
    }

    // --- Origin and CORS ---

    @Test
    void aPreflightFromAWebPageIsRefusedWithoutCorsHeaders() {
        assertRejected(agent.request("OPTIONS", "/api/v1/pairing").origin("https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, x-invite-ledger-api").send(), 403, "origin-not-allowed");
    }

    @Test
    void aPreflightFromAnotherExtensionIsRefused() {
        assertRejected(agent.request("OPTIONS", "/api/v1/captures").origin(TestAgent.OTHER_EXTENSION_ORIGIN)
                .header("Access-Control-Request-Method", "POST").send(), 403, "origin-not-allowed");
    }

    @Test
    void aPreflightFromTheExtensionIsAnsweredForExactlyItsOrigin() {
        TestAgent.Response response = agent.request("OPTIONS", "/api/v1/pairing").origin(TestAgent.EXTENSION_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-invite-ledger-api").send();
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestAgent.EXTENSION_ORIGIN);
        assertThat(response.header("Vary")).contains("Origin");
        assertThat(response.header("Access-Control-Allow-Methods")).hasValueSatisfying(m -> assertThat(m).contains("POST", "DELETE"));
        assertThat(response.header("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("Authorization", "Content-Type", "X-Invite-Ledger-Api"));
        assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(String.join(",", response.headers().keySet())).doesNotContain("*");
        assertThat(response.headers().values().toString()).doesNotContain("*");
        assertNothingStored();
    }

    @Test
    void theExtensionGetsCorsHeadersOnOrdinaryResponsesToo() {
        TestAgent.Response response = agent.get("/api/v1/health").origin(TestAgent.EXTENSION_ORIGIN).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestAgent.EXTENSION_ORIGIN);
        TestAgent.Response own = agent.get("/api/v1/health").origin(agent.selfOrigin()).send();
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.corsHeaders()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "https://evil.example", "http://evil.example:PORT", "http://127.0.0.1:OTHER",
            "https://www.linkedin.com", "chrome-extension://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "file://"})
    void anyOtherOriginIsRefusedOnEveryKindOfRequest(String originPattern) {
        String origin = originPattern.replace("OTHER", String.valueOf(agent.port() + 1)).replace("PORT", String.valueOf(agent.port()));
        assertRejected(pairingRequest().origin(origin).send(), 403, "origin-not-allowed");
        assertRejected(agent.get("/api/v1/health").origin(origin).send(), 403, "origin-not-allowed");
        assertRejected(agent.get("/assets/hello.txt").origin(origin).send(), 403, "origin-not-allowed");
    }

    @Test
    void twoOriginHeadersAreRefused() {
        TestAgent.RawResponse response = agent.raw("GET /api/v1/health HTTP/1.1\r\nHost: " + agent.host() + "\r\nOrigin: "
                + TestAgent.EXTENSION_ORIGIN + "\r\nOrigin: https://evil.example\r\nConnection: close\r\n\r\n", null);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.hasCorsHeaders()).isFalse();
    }

    // --- writes: content type and the API header (CSRF, version handshake) ---

    @Test
    void aTextPlainPostIsRefused() {
        assertRejectedForTheExtension(pairingRequest().header("Content-Type", "text/plain").send(), 415, "unsupported-content-type");
        assertRejected(agent.request("POST", "/api/v1/pairing").header("Content-Type", "text/plain;charset=UTF-8")
                .body(PAIRING_BODY.getBytes(StandardCharsets.UTF_8)).send(), 415, "unsupported-content-type");
    }

    @Test
    void aFormPostToAnApiRouteIsRefused() {
        assertRejected(agent.request("POST", "/api/v1/pairing").header("Content-Type", "application/x-www-form-urlencoded")
                .body("extensionVersion=0.1.0".getBytes(StandardCharsets.UTF_8)).send(), 415, "unsupported-content-type");
        assertRejectedForTheExtension(pairingRequest().header("Content-Type", "application/x-www-form-urlencoded")
                .body("extensionVersion=0.1.0".getBytes(StandardCharsets.UTF_8)).send(), 415, "unsupported-content-type");
        assertRejected(agent.request("POST", "/api/v1/test/echo").bearer(token)
                .header("Content-Type", "multipart/form-data; boundary=b").body("--b--".getBytes(StandardCharsets.UTF_8)).apiHeader()
                .send(), 415, "unsupported-content-type");
    }

    @Test
    void aWriteWithoutTheApiHeaderIsRefused() {
        TestAgent.Response response = agent.post("/api/v1/pairing", PAIRING_BODY).origin(TestAgent.EXTENSION_ORIGIN).send();
        assertRejectedForTheExtension(response, 400, "api-header-required");
        assertThat(response.json().get("message").asText()).contains("X-Invite-Ledger-Api: 1");
        assertRejected(agent.post("/api/v1/pairing", PAIRING_BODY).send(), 400, "api-header-required");
    }

    @Test
    void aDifferentApiVersionIs412WithAClearMessage() {
        TestAgent.Response response = agent.post("/api/v1/pairing", PAIRING_BODY)
                .header("X-Invite-Ledger-Api", "2").send();
        assertRejected(response, 412, "api-version-mismatch");
        assertThat(response.json().get("message").asText()).contains("API v2", "v1", "update the agent");
        assertRejected(agent.get("/api/v1/health").header("X-Invite-Ledger-Api", "2").send(), 412, "api-version-mismatch");
    }

    @Test
    void malformedJsonIs400AndStoresNothing() {
        for (String body : List.of("{", "{\"extensionVersion\":", "not json", "[]", "null", "{\"extensionVersion\":\"0.1.0\"} trailing",
                "{\"extensionVersion\":\"0.1.0\",\"admin\":true}", "{\"extensionVersion\":{}}", "")) {
            TestAgent.Response response = agent.post("/api/v1/pairing", body).origin(TestAgent.EXTENSION_ORIGIN).apiHeader().send();
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.error()).as(body).isIn("malformed-json", "unknown-field", "invalid-field", "body-required");
            assertThat(response.text()).doesNotContain("trailing", "Exception", "jackson");
            assertNothingStored();
        }
    }

    // --- tokens ---

    @Test
    void aTokenRouteWithoutATokenIs401() {
        TestAgent.Response response = agent.post("/api/v1/test/echo", "{\"text\":\"x\"}").apiHeader().send();
        assertRejected(response, 401, "auth-required");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer wrong", "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Basic dXNlcjpwYXNz", "Bearer"})
    void aWrongTokenIs401(String authorization) {
        assertRejected(agent.post("/api/v1/test/echo", "{\"text\":\"x\"}").apiHeader().header("Authorization", authorization)
                .send(), 401, "invalid-token");
    }

    @Test
    void aRevokedTokenIs401() {
        TestAgent.Response ok = agent.post("/api/v1/test/echo", "{\"text\":\"x\"}").apiHeader().bearer(token).send();
        assertThat(ok.status()).isEqualTo(200);
        testRoutes.writes.set(0);
        agent.tokens.revoke(agent.tokens.list().get(0).id(), agent.clock.instant());
        tokensBefore = agent.tokens.list();
        assertRejected(agent.post("/api/v1/test/echo", "{\"text\":\"x\"}").apiHeader().bearer(token).send(), 401, "invalid-token");
    }

    @Test
    void aValidTokenWithAHostileOriginIsRefusedBeforeTheTokenIsEvenLookedAt() {
        assertRejected(agent.post("/api/v1/test/echo", "{\"text\":\"x\"}").apiHeader().bearer(token)
                .origin("https://evil.example").send(), 403, "origin-not-allowed");
        assertRejected(agent.post("/api/v1/test/echo", "{\"text\":\"x\"}").apiHeader().bearer(token)
                .origin("null").send(), 403, "origin-not-allowed");
        assertThat(agent.tokens.list().get(0).lastUsedAt()).as("the guard never reached the token").isNull();
    }

    @Test
    void aValidTokenFromAnotherAllowedOriginIsRefused() {
        String scriptToken = agent.server.tokenIssuer().issue(null, "script").token();
        tokensBefore = agent.tokens.list();
        assertRejectedForTheExtension(agent.post("/api/v1/test/echo", "{\"text\":\"x\"}").apiHeader().bearer(scriptToken)
                .origin(TestAgent.EXTENSION_ORIGIN).send(), 403, "token-origin-mismatch");
    }

    @Test
    void aTokenCannotUseSessionOnlyRoutes() {
        assertRejected(agent.get("/api/v1/tokens").bearer(token).send(), 403, "session-required");
        assertRejected(agent.request("DELETE", "/api/v1/tokens/1").json("{}").apiHeader().bearer(token).send(), 403, "session-required");
        assertRejected(agent.get("/api/v1/pairing").bearer(token).send(), 403, "session-required");
    }

    @Test
    void theExtensionsTokenWorks() {
        TestAgent.Response response = agent.post("/api/v1/test/echo", "{\"text\":\"<img src=x onerror=alert(1)>\"}").apiHeader()
                .bearer(token).origin(TestAgent.EXTENSION_ORIGIN).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("text").asText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestAgent.EXTENSION_ORIGIN);
        assertThat(agent.tokens.list().get(0).lastUsedAt()).isNotNull();
    }

    // --- sessions, CSRF and the form exception ---

    @Test
    void sessionWritesNeedTheCsrfToken() {
        TestAgent.SessionCookie session = agent.login();
        long id = agent.tokens.list().get(0).id();
        assertRejected(agent.request("DELETE", "/api/v1/tokens/" + id).json("{}").apiHeader()
                .header("Cookie", session.cookie()).send(), 403, "csrf-token-mismatch");
        assertRejected(agent.request("DELETE", "/api/v1/tokens/" + id).json("{}").apiHeader()
                .header("Cookie", session.cookie()).header(Sessions.CSRF_HEADER, "wrong").send(), 403, "csrf-token-mismatch");
        assertThat(agent.request("DELETE", "/api/v1/tokens/" + id).json("{}").apiHeader().session(session).send().status())
                .isEqualTo(200);
    }

    @Test
    void aDeclaredFormRouteTakesAFormWithTheCsrfFieldFromTheAgentsOwnPage() {
        TestAgent.SessionCookie session = agent.login();
        byte[] withCsrf = ("value=42&csrf=" + session.csrfToken()).getBytes(StandardCharsets.UTF_8);
        assertRejected(agent.request("POST", "/test/form").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session.cookie()).origin(agent.selfOrigin()).body("value=42".getBytes(StandardCharsets.UTF_8))
                .send(), 403, "csrf-token-mismatch");
        assertRejected(agent.request("POST", "/test/form").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session.cookie()).body(withCsrf).send(), 403, "form-origin-required");
        assertRejected(agent.request("POST", "/test/form").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session.cookie()).origin("https://evil.example").body(withCsrf).send(), 403, "origin-not-allowed");
        assertRejected(agent.request("POST", "/test/form").header("Content-Type", "application/x-www-form-urlencoded")
                .origin(agent.selfOrigin()).body(withCsrf).send(), 401, "auth-required");
        assertRejected(agent.request("POST", "/test/form").header("Content-Type", "text/plain")
                .header("Cookie", session.cookie()).origin(agent.selfOrigin()).body(withCsrf).send(), 415, "unsupported-content-type");

        TestAgent.Response saved = agent.request("POST", "/test/form").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session.cookie()).origin(agent.selfOrigin()).body(withCsrf).send();
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text()).isEqualTo("saved 42");
    }

    @Test
    void aDeclaredMultipartRouteTakesAnUploadWithTheApiHeaderAndToken() {
        byte[] multipart = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\nPK\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
        assertRejected(agent.request("POST", "/api/v1/test/upload").header("Content-Type", "multipart/form-data; boundary=b")
                .bearer(token).body(multipart).send(), 400, "api-header-required");
        TestAgent.Response response = agent.request("POST", "/api/v1/test/upload").header("Content-Type", "multipart/form-data; boundary=b")
                .bearer(token).apiHeader().body(multipart).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("text").asText()).isEqualTo("1");
    }

    @Test
    void aLoginLinkWorksOnceAndGuessesFail() {
        String url = agent.server.loginLinks().mint(java.time.Duration.ofMinutes(1)).url();
        String path = url.substring(url.indexOf("/login"));
        TestAgent.Response first = agent.get(path).send();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Set-Cookie")).hasValueSatisfying(c ->
                assertThat(c).startsWith(Sessions.COOKIE + "=").contains("HttpOnly", "SameSite=Strict", "Path=/"));
        assertThat(first.header("Content-Security-Policy")).contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(first.text()).doesNotContain("<script");
        assertRejected(agent.get(path).send(), 403, "login-link-invalid");
        assertRejected(agent.get("/login?key=" + Secrets.newSecret()).send(), 403, "login-link-invalid");
        assertRejected(agent.get("/login").send(), 403, "login-link-invalid");
    }

    // --- body limit ---

    @Test
    void a20MiBBodyDeclaredByContentLengthIs413BeforeAnyOfItIsRead() throws IOException {
        // Only the head is sent: if the server waited for the 20 MiB body, this would never get an answer.
        TestAgent.RawResponse response = agent.raw("POST /api/v1/pairing HTTP/1.1\r\nHost: " + agent.host()
                + "\r\nOrigin: " + TestAgent.EXTENSION_ORIGIN + "\r\nContent-Type: application/json\r\nX-Invite-Ledger-Api: 1"
                + "\r\nContent-Length: " + (20 * 1024 * 1024) + "\r\n\r\n", null);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"body-too-large\"");
        assertThat(response.header("Connection")).contains("close");
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertNothingStored();
    }

    @Test
    void a20MiBChunkedBodyIs413AndStoresNothing() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), agent.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/pairing HTTP/1.1\r\nHost: " + agent.host() + "\r\nOrigin: " + TestAgent.EXTENSION_ORIGIN
                    + "\r\nContent-Type: application/json\r\nX-Invite-Ledger-Api: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            // The response is read while the body is still being written: the server answers as soon as
            // it has seen more than the limit, then stops reading.
            CompletableFuture<String> response = CompletableFuture.supplyAsync(() -> readAll(socket));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            long sent = 0;
            try {
                out.write("15\r\n{\"extensionVersion\":\"\r\n".getBytes(StandardCharsets.ISO_8859_1));
                while (sent < 20L * 1024 * 1024 && !response.isDone()) {
                    out.write(chunkHead);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    sent += chunk.length;
                }
                out.flush();
            } catch (IOException closedByServer) {
                // expected once the server has answered and closed
            }
            String text = response.get();
            assertThat(text).startsWith("HTTP/1.1 413");
            assertThat(text).contains("\"error\":\"body-too-large\"");
            // CORS for the allowed extension only, naming exactly its origin
            assertThat(text.toLowerCase().split("access-control-", -1)).hasSize(2);
            assertThat(text).contains("Access-Control-Allow-Origin: " + TestAgent.EXTENSION_ORIGIN + "\r\n");
        }
        assertNothingStored();
    }

    private static String readAll(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) != -1) {
                buffer.write(chunk, 0, n);
                String soFar = buffer.toString(StandardCharsets.ISO_8859_1);
                int end = soFar.indexOf("\r\n\r\n");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(soFar);
                if (end >= 0 && m.find() && buffer.size() >= end + 4 + Integer.parseInt(m.group(1))) {
                    break;
                }
            }
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // --- errors are JSON, never stack traces ---

    @Test
    void unknownPathsAreJson404() {
        assertRejected(agent.get("/api/v1/nope").send(), 404, "not-found");
        assertRejected(agent.get("/").send(), 404, "not-found");
    }

    @Test
    void aWrongMethodIsJson405() {
        assertRejected(agent.request("PUT", "/api/v1/health").json("{}").apiHeader().send(), 405, "method-not-allowed");
    }

    @Test
    void anUnexpectedFailureIsJson500WithoutDetails() {
        TestAgent.Response response = agent.get("/api/v1/test/boom").send();
        assertRejected(response, 500, "internal-error");
        assertThat(response.text()).doesNotContain("secret detail", "IllegalStateException", "at dev.", "ledger.sqlite");
    }

    @Test
    void staticFilesPassTheGuardsAndCarryTheSecurityHeaders() {
        TestAgent.Response response = agent.get("/assets/hello.txt").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("hello static\n");
        assertSecurityHeaders(response);
    }
}
