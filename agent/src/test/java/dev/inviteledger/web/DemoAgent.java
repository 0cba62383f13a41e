package dev.inviteledger.web;

import dev.inviteledger.demo.DemoLedger;
import dev.inviteledger.http.AgentServer;
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
import java.util.Map;

/** The real agent with the status pages over a freshly built demo ledger, on a free port, at a fixed instant. */
final class DemoAgent implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-05-22T14:00:00Z");
    static final ZoneId ZONE = ZoneOffset.UTC;

    final Ledger ledger;
    final PolicySettings settings;
    final AgentServer server;
    final Clock clock = Clock.fixed(NOW, ZONE);

    private DemoAgent(Ledger ledger, Map<String, String> policyFile) {
        this.ledger = ledger;
        this.settings = new PolicySettings(ledger, policyFile);
        this.server = AgentServer.builder(ServerConfig.defaults(0)).clock(clock)
                .routes(new StatusPages(ledger, settings, clock, ZONE)).closeOnStop(ledger).build().start();
    }

    /** A demo ledger built in {@code dir}, served. */
    static DemoAgent withDemo(Path dir) {
        return withDemo(dir, Map.of());
    }

    static DemoAgent withDemo(Path dir, Map<String, String> policyFile) {
        Ledger ledger = Ledger.open(dir);
        DemoLedger.build(ledger, dir.resolve("export.zip"), NOW, ZONE);
        return new DemoAgent(ledger, policyFile);
    }

    /** An empty ledger, served. */
    static DemoAgent empty(Path dir) {
        return new DemoAgent(Ledger.open(dir), Map.of());
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
