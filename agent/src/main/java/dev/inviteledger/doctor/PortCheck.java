package dev.inviteledger.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.AppInfo;
import dev.inviteledger.config.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Is the agent's port free, held by our agent (which version), or taken by some other program? */
public final class PortCheck implements Check {
    static final String NAME = "port";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final int port;
    private final String expectedVersion;

    public PortCheck(int port, String expectedVersion) {
        this.port = port;
        this.expectedVersion = expectedVersion;
    }

    /** What {@code GET /api/v1/health} answered, if it looked like Invite Ledger. */
    record Health(String version, int apiVersion) {}

    @Override
    public CheckResult run() {
        String where = "127.0.0.1:" + port;
        Optional<String> bindError = bindError();
        if (bindError.isEmpty()) {
            return CheckResult.warn(NAME, "nothing listens on " + where + ": the agent is not running",
                    "start it with: invite-ledger serve" + portFlag() + "  (or turn on: invite-ledger autostart enable)");
        }
        Optional<Health> health = probe();
        if (health.isEmpty() && !acceptsConnections()) {
            return CheckResult.fail(NAME, where + " cannot be used (" + bindError.get() + ")",
                    "run the agent on another port, 1024 to 65535 (invite-ledger serve --port N), and set the same port in the extension");
        }
        if (health.isEmpty()) {
            return CheckResult.fail(NAME, where + " is taken by another program (it does not answer like Invite Ledger)",
                    "stop that program, or run the agent on a free port (invite-ledger serve --port N) and set the same port in the extension");
        }
        Health h = health.get();
        if (h.apiVersion() != AppInfo.API_VERSION) {
            return CheckResult.fail(NAME, "Invite Ledger " + h.version() + " on " + where + " speaks API v" + h.apiVersion()
                            + ", this version speaks v" + AppInfo.API_VERSION,
                    "stop the old agent and start this one, so the extension and agent agree");
        }
        if (!h.version().equals(expectedVersion)) {
            return CheckResult.warn(NAME, "Invite Ledger " + h.version() + " answers on " + where + ", but this is version " + expectedVersion,
                    "restart the agent so it runs the installed version (invite-ledger autostart enable restarts it)");
        }
        return CheckResult.ok(NAME, "Invite Ledger " + h.version() + " answers on " + where + " (API v" + h.apiVersion() + ")");
    }

    private String portFlag() {
        return port == AppInfo.DEFAULT_PORT ? "" : " --port " + port;
    }

    /** The agent binds 127.0.0.1; if we can bind it too, nobody holds the port. Empty when free. */
    Optional<String> bindError() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** Something listens (bind failed for "in use", not for "permission denied"). */
    boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Optional<Health> probe() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health"))
                .timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Ours only if it has exactly the health shape: {status:"ok", version:"...", apiVersion:int}. */
    static Optional<Health> parse(String body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node != null && node.isObject() && "ok".equals(node.path("status").asText(null))
                    && node.path("version").isTextual() && node.path("apiVersion").isInt()) {
                return Optional.of(new Health(node.get("version").asText(), node.get("apiVersion").asInt()));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
