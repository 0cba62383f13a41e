package dev.inviteledger.extension.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The test's own view of the agent's HTTP API, to compare the overlay with the agent's answer. */
final class AgentApi {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private volatile String token;

    AgentApi(int port) {
        this.port = port;
    }

    /** Uses the token the extension obtained by pairing (read from its storage by the test). */
    AgentApi withToken(String token) {
        this.token = token;
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    boolean healthy() {
        try {
            return send(request("/api/v1/health").GET().build()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    JsonNode get(String path) throws IOException {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    JsonNode summary(String account) throws IOException {
        return get("/api/v1/accounts/" + enc(account) + "/summary");
    }

    /** All invitations of an account, every state, as the agent lists them. */
    JsonNode invitations(String account, String status) throws IOException {
        String query = "?account=" + enc(account) + "&size=500" + (status == null ? "" : "&status=" + enc(status));
        return get("/api/v1/invitations" + query);
    }

    /** POST /api/v1/captures in its JSON form: the whole CaptureReport for this page (the overlay's view is cut from it). */
    JsonNode postCapture(String url, String html, String account) throws IOException {
        var body = JSON.createObjectNode().put("url", url).put("capturedAt", java.time.Instant.now().toString())
                .put("html", html).put("account", account);
        HttpResponse<String> response = send(request("/api/v1/captures")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        if (response.statusCode() != 200) {
            throw new IOException("POST /api/v1/captures -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(20))
                .header("X-Invite-Ledger-Api", "1")
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
