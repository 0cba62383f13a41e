package dev.inviteledger.http;

import static dev.inviteledger.http.LedgerAgent.page;
import static dev.inviteledger.http.LedgerAgent.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that go away mid-request: a capture cut off halfway leaves nothing behind, and the server goes on
 * serving the next client.
 */
class DisconnectFaultTest {
    private static final int DECLARED = 100_000;

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

    /** A valid capture body of exactly {@code size} bytes, padded inside the html string. */
    private byte[] captureBody(int size) {
        String json = LedgerAgent.captureJson(page(person("Ada Example", "ada-example", 25, null)), agent.now(), null);
        // Pad inside the html string so any prefix is an unfinished JSON document.
        String padded = json.replace("</body>", "<!--" + "x".repeat(size - json.length() - 7) + "--></body>");
        byte[] bytes = padded.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(size);
        return bytes;
    }

    private String head(String transfer) {
        return "POST /api/v1/captures HTTP/1.1\r\nHost: " + agent.http.host() + "\r\nAuthorization: Bearer " + agent.token
                + "\r\nContent-Type: application/json\r\nX-Invite-Ledger-Api: 1\r\n" + transfer + "\r\n";
    }

    @Test
    void aClientThatDisconnectsMidBodyLeavesNothingBehind() throws Exception {
        Map<String, Long> before = agent.counts();
        byte[] body = captureBody(DECLARED);
        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), agent.http.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(head("Content-Length: " + DECLARED + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, 0, DECLARED / 2);
                out.flush();
            }
        }
        assertServesAndStoredNothingFromTheCutRequests(before);
    }

    @Test
    void aClientThatDisconnectsMidChunkedBodyLeavesNothingBehind() throws Exception {
        Map<String, Long> before = agent.counts();
        byte[] body = captureBody(DECLARED);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), agent.http.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(head("Transfer-Encoding: chunked\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write((Integer.toHexString(DECLARED / 2) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, DECLARED / 2);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        assertServesAndStoredNothingFromTheCutRequests(before);
    }

    @Test
    void aClientThatHalfClosesAfterHalfTheBodyLeavesNothingBehind() throws Exception {
        Map<String, Long> before = agent.counts();
        byte[] body = captureBody(DECLARED);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), agent.http.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("Content-Length: " + DECLARED + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, DECLARED / 2);
            out.flush();
            // The server sees the end of the stream early; whatever it answers, it must not be a stored capture.
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).doesNotStartWith("HTTP/1.1 200");
        } catch (IOException closedByServer) {
            // also fine: the server dropped the connection
        }
        assertServesAndStoredNothingFromTheCutRequests(before);
    }

    private void assertServesAndStoredNothingFromTheCutRequests(Map<String, Long> before) throws InterruptedException {
        // Give the server a moment to notice the broken requests before looking at the ledger.
        for (int i = 0; i < 20 && !agent.counts().equals(before); i++) {
            Thread.sleep(50);
        }
        assertThat(agent.counts()).as("nothing stored from a cut request").isEqualTo(before);
        TestAgent.Response next = agent.write("POST", "/api/v1/captures",
                LedgerAgent.captureJson(page(person("Bo Sample", "bo-sample", 2, null)), agent.now(), null)).send();
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        assertThat(agent.ledger.count("captures")).isEqualTo(before.get("captures") + 1);
        assertThat(agent.read("/api/v1/health").send().status()).isEqualTo(200);
    }
}
