package dev.inviteledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.demo.DemoLedger;
import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.ledger.Ledger;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicReference<AgentServer> assembled = new AtomicReference<>();

    /** The default wiring, remembering the server it built so the test can stop it. */
    private final AgentWiring recording = new AgentWiring() {
        @Override
        public AgentServer assemble(ServerConfig config, Path dir, ObjectNode policyOverrides) {
            AgentServer server = new DefaultWiring().assemble(config, dir, policyOverrides);
            assembled.set(server);
            return server;
        }

        @Override
        public Optional<OpenTokenStore> openTokenStore(Path dir) {
            return Optional.empty();
        }
    };

    private CommandLine command() {
        return new CommandLine(new ServeCommand(recording)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    }

    @Test
    void servesOnLoopbackUntilStopped() throws Exception {
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> command().execute("--port", "0", "--data-dir", dataDir.toString()));
        for (int i = 0; i < 200 && !out.toString().contains("Stop with Ctrl-C"); i++) {
            Thread.sleep(50);
        }
        AgentServer server = assembled.get();
        assertThat(out.toString()).contains("Invite Ledger agent on http://127.0.0.1:" + server.port() + "/ (data: " + dataDir + ")");
        assertThat(out.toString()).containsPattern("Status pages: http://127\\.0\\.0\\.1:" + server.port() + "/login\\?key=[A-Za-z0-9_-]{43} ");

        HttpResponse<String> health = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(exit).isNotDone();

        server.stop();
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void theDemoNeverTakesADataDirectory() {
        assertThat(command().execute("--demo", "--port", "0", "--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--demo uses its own data directory");
        assertThat(assembled.get()).isNull();
    }

    @Test
    void theDemoBuildsItsOwnLedgerAndTheLoginLinkOpensTheDashboard() throws Exception {
        Path demoDir = dataDir.resolve("demo");
        System.setProperty(DemoLedger.DIRECTORY_PROPERTY, demoDir.toString());
        try {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command().execute("--demo", "--port", "0"));
            for (int i = 0; i < 600 && !out.toString().contains("Stop with Ctrl-C"); i++) {
                Thread.sleep(50);
            }
            AgentServer server = assembled.get();
            assertThat(out.toString()).contains("Building the demo ledger in " + demoDir)
                    .containsPattern("Demo: \\d+ captures over 90 days: \\d+ invitations \\(\\d+ pending")
                    .contains("(data: " + demoDir + ")").contains("This is the demo");
            assertThat(demoDir.resolve(DemoLedger.MARKER)).isRegularFile();

            String login = out.toString().replaceAll("(?s).*Status pages: (\\S+).*", "$1");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(login)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).contains("url=/");
            String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("pending invitations").contains("Today's withdrawals");

            server.stop();
            assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        } finally {
            System.clearProperty(DemoLedger.DIRECTORY_PROPERTY);
        }
    }

    @Test
    void aPolicyFileWithABadValueIsRefusedNamingTheKey() throws IOException {
        Path policy = Files.writeString(dataDir.resolve("policy.json"), "{\"withdrawAfterDays\": 14, \"dailyWithdrawals\": 500}");
        assertThat(command().execute("--policy", policy.toString(), "--port", "0", "--data-dir", dataDir.resolve("d").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("serve: invalid policy file").contains("dailyWithdrawals");
        assertThat(assembled.get()).isNull();
    }

    @Test
    void anUnreadablePolicyFileIsRefused() {
        assertThat(command().execute("--policy", dataDir.resolve("missing.json").toString(), "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("serve: cannot read policy file");
    }

    @Test
    void aPolicyFileThatClashesWithTheSavedSettingsIsRefusedAndTheLedgerClosed() throws IOException {
        Path data = dataDir.resolve("d");
        try (Ledger ledger = Ledger.open(data)) {
            ledger.putSettings(Map.of("overdueAfterDays", "30"));
        }
        Path policy = Files.writeString(dataDir.resolve("policy.json"), "{\"withdrawAfterDays\": 45}");
        assertThat(command().execute("--policy", policy.toString(), "--port", "0", "--data-dir", data.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("do not make a valid policy").contains("overdueAfterDays");
        // closed: a second open of the same file works and the settings are untouched
        try (Ledger ledger = Ledger.open(data)) {
            assertThat(ledger.settings()).containsExactly(Map.entry("overdueAfterDays", "30"));
        }
    }

    @Test
    void servesThePolicyFileOnTopOfTheSavedSettings() throws Exception {
        Path policy = Files.writeString(dataDir.resolve("policy.json"), "{\"withdrawAfterDays\": 14}");
        Path data = dataDir.resolve("d");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command().execute("--port", "0",
                "--data-dir", data.toString(), "--policy", policy.toString()));
        for (int i = 0; i < 200 && !out.toString().contains("Stop with Ctrl-C"); i++) {
            Thread.sleep(50);
        }
        AgentServer server = assembled.get();
        String token = server.tokenIssuer().issue(null, "test").token();
        HttpResponse<String> settings = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/settings"))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).contains("\"key\":\"withdrawAfterDays\",\"value\":14,").contains("\"fromPolicyFile\":true");
        server.stop();
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aBusyPortIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int exit = command().execute("--port", String.valueOf(taken.getLocalPort()), "--data-dir", dataDir.toString());
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).contains("serve: port " + taken.getLocalPort()
                    + " is in use \u2014 is another invite-ledger running? try --port N");
        }
    }

    @Test
    void aMalformedExtensionIdIsRefused() {
        assertThat(command().execute("--port", "0", "--allow-extension-id", "not-an-id")).isEqualTo(2);
        assertThat(err.toString()).contains("not a Chrome extension id");
    }

    @Test
    void isRegisteredInMain() {
        assertThat(Main.commandLine().getSubcommands()).containsKeys("serve", "token");
    }
}
