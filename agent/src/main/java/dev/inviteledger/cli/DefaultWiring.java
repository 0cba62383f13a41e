package dev.inviteledger.cli;

import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.InMemoryTokenStore;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.web.PolicySettings;
import dev.inviteledger.web.StatusPages;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
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
        Ledger ledger = Ledger.open(dataDir);
        return AgentServer.builder(config).tokenStore(new InMemoryTokenStore())
                .routes(new StatusPages(ledger, new PolicySettings(ledger, Map.of()), Clock.systemUTC(), ZoneId.systemDefault()))
                .closeOnStop(ledger).build();
    }

    @Override
    public Optional<OpenTokenStore> openTokenStore(Path dataDir) {
        return Optional.empty();
    }
}
