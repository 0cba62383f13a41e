package dev.inviteledger.http;

import static dev.inviteledger.http.LedgerAgent.page;
import static dev.inviteledger.http.LedgerAgent.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 5's guard cases aimed at the two writes that matter most, a capture and a settings change, against the
 * real server with a real ledger: each asserts the status and error, that no Access-Control-* header was sent,
 * and that the ledger did not change (row counts of every table, the settings and the token rows).
 */
class LedgerGuardsHttpTest {
    private static final String EVIL = "https://evil.example";

    /** The target writes: a valid request body for each. */
    enum Target {
        CAPTURE("POST", "/api/v1/captures"),
        SETTINGS("PUT", "/api/v1/settings");

        final String method;
        final String path;

        Target(String method, String path) {
            this.method = method;
            this.path = path;
        }

        String body(LedgerAgent agent) {
            return this == CAPTURE
                    ? LedgerAgent.captureJson(page(person("Ada Example", "ada-example", 25, null)), agent.now(), null)
                    : "{\"withdrawAfterDays\": 14}";
        }
    }

    @TempDir
    Path dataDir;

    private LedgerAgent agent;
    private Map<String, Long> before;

    @BeforeEach
    void start() {
        agent = new LedgerAgent(dataDir);
        before = agent.counts();
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private TestAgent.Request valid(Target target) {
        return agent.write(target.method, target.path, target.body(agent));
    }

    private void assertRefused(TestAgent.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.error()).isEqualTo(error);
        assertThat(response.corsHeaders()).as("no CORS headers").isEmpty();
        assertThat(agent.counts()).as("the ledger did not change").isEqualTo(before);
    }

    private void assertRefused(TestAgent.RawResponse response, int status, String error) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"error\":\"" + error + "\"");
        assertThat(response.hasCorsHeaders()).as("no CORS headers").isFalse();
        assertThat(agent.counts()).as("the ledger did not change").isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theValidRequestWorks(Target target) {
        // The control for every case below: the same request with nothing wrong changes the ledger.
        TestAgent.Response response = valid(target).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(agent.counts()).isNotEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aForeignHostIsRefused(Target target) {
        assertRefused(valid(target).header("Host", "evil.example").send(), 403, "host-not-allowed");
        assertRefused(valid(target).header("Host", "evil.example:" + agent.http.port()).send(), 403, "host-not-allowed");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aPreflightFromAWebPageIsRefused(Target target) {
        assertRefused(agent.http.request("OPTIONS", target.path).origin(EVIL)
                .header("Access-Control-Request-Method", target.method)
                .header("Access-Control-Request-Headers", "authorization, content-type, x-invite-ledger-api").send(),
                403, "origin-not-allowed");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aTextPlainOrFormWriteIsRefused(Target target) {
        assertRefused(valid(target).header("Content-Type", "text/plain").send(), 415, "unsupported-content-type");
        assertRefused(valid(target).header("Content-Type", "application/x-www-form-urlencoded").send(), 415,
                "unsupported-content-type");
        // What a cross-site <form> or no-cors fetch can send: no custom header, no token, a simple content type.
        assertRefused(agent.http.request(target.method, target.path).header("Content-Type", "text/plain")
                .body(target.body(agent).getBytes(StandardCharsets.UTF_8)).origin(EVIL).send(), 403, "origin-not-allowed");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMissingOrWrongApiHeaderIsRefused(Target target) {
        assertRefused(agent.http.request(target.method, target.path).json(target.body(agent)).bearer(agent.token).send(),
                400, "api-header-required");
        assertRefused(valid(target).header(WriteGuard.API_HEADER, "2").send(), 412, "api-version-mismatch");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMissingOrWrongTokenIsRefused(Target target) {
        assertRefused(agent.http.request(target.method, target.path).json(target.body(agent)).apiHeader().send(),
                401, "auth-required");
        assertRefused(valid(target).bearer("A".repeat(43)).send(), 401, "invalid-token");
        assertRefused(valid(target).header("Authorization", "Basic dXNlcjpwYXNz").send(), 401, "invalid-token");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aValidTokenWithAHostileOriginIsRefused(Target target) {
        assertRefused(valid(target).origin(EVIL).send(), 403, "origin-not-allowed");
        assertRefused(valid(target).bearer(agent.extensionToken).origin(EVIL).send(), 403, "origin-not-allowed");
        assertRefused(valid(target).bearer(agent.extensionToken).origin("null").send(), 403, "origin-not-allowed");
        // The script token from the extension's origin: a token only works for the client it was issued to.
        TestAgent.Response mismatch = valid(target).origin(TestAgent.EXTENSION_ORIGIN).send();
        assertThat(mismatch.status()).isEqualTo(403);
        assertThat(mismatch.error()).isEqualTo("token-origin-mismatch");
        assertThat(agent.counts()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void a20MiBBodyIsRefusedBeforeItIsRead(Target target) {
        TestAgent.RawResponse response = agent.http.raw(target.method + " " + target.path + " HTTP/1.1\r\nHost: " + agent.http.host()
                + "\r\nAuthorization: Bearer " + agent.token + "\r\nContent-Type: application/json\r\nX-Invite-Ledger-Api: 1"
                + "\r\nContent-Length: " + (20 * 1024 * 1024) + "\r\n\r\n", "{\"html\":\"".getBytes(StandardCharsets.UTF_8));
        assertRefused(response, 413, "body-too-large");
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void a20MiBChunkedBodyIsRefusedWhileRead(Target target) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), agent.http.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((target.method + " " + target.path + " HTTP/1.1\r\nHost: " + agent.http.host() + "\r\nAuthorization: Bearer "
                    + agent.token + "\r\nContent-Type: application/json\r\nX-Invite-Ledger-Api: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            CompletableFuture<String> response = CompletableFuture.supplyAsync(() -> readAll(socket));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            try {
                out.write("9\r\n{\"html\":\"\r\n".getBytes(StandardCharsets.ISO_8859_1));
                for (long sent = 0; sent < 20L * 1024 * 1024 && !response.isDone(); sent += chunk.length) {
                    out.write(chunkHead);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException closedByServer) {
                // expected once the server has answered and closed
            }
            String text = response.get();
            assertThat(text).startsWith("HTTP/1.1 413").contains("\"error\":\"body-too-large\"");
            assertThat(text.toLowerCase()).doesNotContain("access-control-");
        }
        assertThat(agent.counts()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void malformedJsonIsRefused(Target target) {
        assertRefused(agent.write(target.method, target.path, "{\"withdrawAfterDays\": 14").send(), 400, "malformed-json");
        assertRefused(agent.write(target.method, target.path, "{\"url\" \"x\"}").send(), 400, "malformed-json");
        assertRefused(agent.write(target.method, target.path, "null").send(), 400, "body-required");
        assertRefused(agent.write(target.method, target.path, "{\"withdrawAfterDays\": 14} {}").send(), 400, "malformed-json");
        assertRefused(agent.write(target.method, target.path, "").send(), 400, "body-required");
        assertRefused(agent.write(target.method, target.path, "\u00ff\u00fe").send(), 400, "malformed-json");
    }

    private static String readAll(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) != -1) {
                buffer.write(chunk, 0, n);
                if (buffer.toString(StandardCharsets.ISO_8859_1).contains("}")) {
                    break;
                }
            }
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "read failed: " + e;
        }
    }
}
