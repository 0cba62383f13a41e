package dev.inviteledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.InMemoryTokenStore;
import dev.inviteledger.http.Secrets;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.config.AppInfo;
import dev.inviteledger.http.LedgerTokenStore;
import dev.inviteledger.ledger.Ledger;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TokenCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final AgentWiring withStore = new AgentWiring() {
        @Override
        public AgentServer assemble(ServerConfig config, Path dir, ObjectNode policyOverrides) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<OpenTokenStore> openTokenStore(Path dir) {
            return Optional.of(new OpenTokenStore(store, () -> closed.set(true)));
        }
    };

    private CommandLine command(AgentWiring wiring) {
        return new CommandLine(new TokenCommand(wiring, clock)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    }

    @Test
    void printsOnlyTheTokenAndStoresItsHash() {
        assertThat(command(withStore).execute("--data-dir", dataDir.toString(), "--label", "backup script")).isZero();
        String token = out.toString().strip();
        assertThat(Secrets.looksLikeSecret(token)).isTrue();
        assertThat(store.list()).singleElement().satisfies(t -> {
            assertThat(t.hash()).isEqualTo(Secrets.hash(token));
            assertThat(t.origin()).isNull();
            assertThat(t.label()).isEqualTo("backup script");
            assertThat(t.createdAt()).isEqualTo(clock.instant());
        });
        assertThat(err.toString()).contains("Authorization: Bearer").doesNotContain(token);
        assertThat(closed).isTrue();
    }

    @Test
    void theDefaultWiringStoresTheTokenInTheLedgerAndTheAgentAcceptsIt() throws Exception {
        assertThat(command(new DefaultWiring()).execute("--data-dir", dataDir.toString(), "--label", "cron")).isZero();
        String token = out.toString().strip();
        assertThat(Secrets.looksLikeSecret(token)).isTrue();
        try (Ledger ledger = Ledger.open(dataDir)) {
            assertThat(ledger.listTokens()).singleElement().satisfies(t -> {
                assertThat(t.tokenHash()).isEqualTo(Secrets.hash(token));
                assertThat(t.origin()).isEqualTo(LedgerTokenStore.SCRIPT_ORIGIN);
                assertThat(t.label()).isEqualTo("cron");
            });
        }
        AgentServer server = new DefaultWiring().assemble(ServerConfig.defaults(0), dataDir, Json.mapper().createObjectNode()).start();
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest.Builder accounts = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/accounts"));
            assertThat(client.send(accounts.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            // a script token is for scripts: a browser origin cannot use it
            assertThat(client.send(accounts.header("Origin", "chrome-extension://" + AppInfo.EXTENSION_ID).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        } finally {
            server.stop();
        }
    }
}
