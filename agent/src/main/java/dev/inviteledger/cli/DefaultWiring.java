package dev.inviteledger.cli;

import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.InMemoryTokenStore;
import dev.inviteledger.http.ServerConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The wiring {@code serve} and {@code token} use. This build has no ledger yet: the agent serves health,
 * pairing and the token list from memory (tokens are forgotten on restart), and {@code token} has no store
 * to write to. The ledger replaces both bodies: open it in {@code dataDir}, pass its token store and its
 * route modules to the builder, and close it on stop.
 */
final class DefaultWiring implements AgentWiring {

    @Override
    public AgentServer assemble(ServerConfig config, Path dataDir) {
        return AgentServer.builder(config).tokenStore(new InMemoryTokenStore()).build();
    }

    @Override
    public Optional<OpenTokenStore> openTokenStore(Path dataDir) {
        return Optional.empty();
    }
}
