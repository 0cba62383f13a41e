package dev.inviteledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.InMemoryTokenStore;
import dev.inviteledger.http.Secrets;
import dev.inviteledger.http.ServerConfig;
import java.io.PrintWriter;
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
        public AgentServer assemble(ServerConfig config, Path dir) {
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
    void isNotAvailableWithoutAPersistentStore() {
        assertThat(command(new DefaultWiring()).execute("--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("token: not available yet");
        assertThat(out.toString()).isEmpty();
    }
}
