package dev.inviteledger.web;

import dev.inviteledger.config.Json;
import dev.inviteledger.demo.DemoLedger;
import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.ApiServices;
import dev.inviteledger.http.LedgerRoutes;
import dev.inviteledger.http.LedgerTokenStore;
import dev.inviteledger.http.PolicySource;
import dev.inviteledger.http.RouteModule;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.PolicyEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real agent with the status pages over a freshly built demo ledger, on a free port, at a fixed instant. */
final class DemoAgent implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-05-22T14:00:00Z");
    static final ZoneId ZONE = ZoneOffset.UTC;

    final Ledger ledger;
    final PolicySettings settings;
    final AgentServer server;
    final Clock clock = Clock.fixed(NOW, ZONE);

    private DemoAgent(Ledger ledger, Path dir, Map<String, Object> policyFile) {
        this.ledger = ledger;
        PolicySource policy = new PolicySource(ledger, Json.mapper().valueToTree(policyFile));
        this.settings = new PolicySettings(ledger, policy);
        ApiServices services = new ApiServices(ledger, policy, clock, ZONE, dir);
        List<RouteModule> modules = new ArrayList<>(LedgerRoutes.modules(services));
        modules.add(new StatusPages(services));
        this.server = AgentServer.builder(ServerConfig.defaults(0).withZone(ZONE)).clock(clock)
                .tokenStore(new LedgerTokenStore(ledger)).routes(modules.toArray(RouteModule[]::new))
                .closeOnStop(ledger).build().start();
    }

    /** A demo ledger built in {@code dir}, served. */
    static DemoAgent withDemo(Path dir) {
        return withDemo(dir, Map.of());
    }

    static DemoAgent withDemo(Path dir, Map<String, Object> policyFile) {
        Ledger ledger = Ledger.open(dir);
        DemoLedger.build(ledger, dir.resolve("export.zip"), NOW, ZONE);
        return new DemoAgent(ledger, dir, policyFile);
    }

    /** An empty ledger, served. */
    static DemoAgent empty(Path dir) {
        return empty(dir, Map.of());
    }

    /** An empty ledger, served as {@code serve --policy FILE} would with these file values. */
    static DemoAgent empty(Path dir, Map<String, Object> policyFile) {
        return new DemoAgent(Ledger.open(dir), dir, policyFile);
    }

    String base() {
        return server.baseUrl();
    }

    String loginUrl() {
        return server.loginLinks().mint(Duration.ofMinutes(5)).url();
    }

    Evaluation evaluate() {
        return PolicyEngine.evaluate(ledger.history(DemoLedger.ACCOUNT), settings.current(), NOW, ZONE);
    }

    @Override
    public void close() {
        server.stop();
    }
}
