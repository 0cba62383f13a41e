package dev.inviteledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.ApiServices;
import dev.inviteledger.http.LedgerRoutes;
import dev.inviteledger.http.LedgerTokenStore;
import dev.inviteledger.http.PolicySource;
import dev.inviteledger.http.RouteModule;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.policy.PolicyException;
import dev.inviteledger.web.StatusPages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wiring {@code serve} and {@code token} use: the ledger in the data directory backs the token store and
 * every API route, and is closed after the server stops.
 */
final class DefaultWiring implements AgentWiring {

    @Override
    public AgentServer assemble(ServerConfig config, Path dataDir, ObjectNode policyOverrides) {
        Ledger ledger = Ledger.open(dataDir);
        try {
            PolicySource policy = new PolicySource(ledger, policyOverrides);
            checkPolicy(policy);
            Clock clock = Clock.systemUTC();
            ApiServices services = new ApiServices(ledger, policy, clock, config.zone(), dataDir);
            return AgentServer.builder(config)
                    .tokenStore(new LedgerTokenStore(ledger))
                    .clock(clock)
                    .routes(routeModules(services).toArray(RouteModule[]::new))
                    .closeOnStop(ledger)
                    .build();
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    /** Every route module beyond the built-in ones (health, pairing, tokens, session, OpenAPI). */
    static List<RouteModule> routeModules(ApiServices services) {
        List<RouteModule> modules = new ArrayList<>(LedgerRoutes.modules(services));
        modules.add(new StatusPages(services));
        return modules;
    }

    /** The saved settings with the --policy file on top must make a valid policy before anything is served. */
    private static void checkPolicy(PolicySource policy) {
        try {
            policy.current();
        } catch (PolicyException e) {
            throw new CliException("the saved settings and the policy file do not make a valid policy: " + e.getMessage());
        }
    }

    @Override
    public Optional<OpenTokenStore> openTokenStore(Path dataDir) {
        Ledger ledger = Ledger.open(dataDir);
        return Optional.of(new OpenTokenStore(new LedgerTokenStore(ledger), ledger));
    }
}
