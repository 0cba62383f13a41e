package dev.inviteledger.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production set-up over real HTTP: the real {@link AgentServer} on an ephemeral port with a real
 * {@link Ledger} in a temporary directory, the persistent {@link LedgerTokenStore} and every ledger route
 * ({@link LedgerRoutes}), in UTC on the settable clock of {@link TestAgent} (2026-11-22T10:00:00Z).
 */
final class LedgerAgent implements AutoCloseable {
    /** Tables a request could change. */
    static final List<String> TABLES = List.of("accounts", "captures", "invitations", "observations", "withdrawals",
            "settings", "signals", "client_tokens", "connection_evidence");
    static final String SENT_URL = "https://www.linkedin.com/mynetwork/invitation-manager/sent/";

    final Path dataDir;
    final Ledger ledger;
    final TestAgent http;
    ApiServices services;
    /** A script token (no Origin), and one paired to the extension's origin. */
    final String token;
    final String extensionToken;

    LedgerAgent(Path dataDir) {
        this(dataDir, Json.mapper().createObjectNode(), ServerConfig.defaults(0));
    }

    LedgerAgent(Path dataDir, ObjectNode policyFile, ServerConfig config) {
        this.dataDir = dataDir;
        this.ledger = Ledger.open(dataDir);
        PolicySource policy = new PolicySource(ledger, policyFile);
        this.http = new TestAgent(config.withZone(ZoneOffset.UTC), new LedgerTokenStore(ledger), clock -> {
            services = new ApiServices(ledger, policy, clock, ZoneOffset.UTC, dataDir);
            return LedgerRoutes.modules(services);
        }, List.of(ledger));
        this.token = http.server.tokenIssuer().issue(null, "test script").token();
        this.extensionToken = http.server.tokenIssuer().issue(TestAgent.EXTENSION_ORIGIN, "test extension").token();
        // First uses record last-used times; after these, the fixed clock keeps further uses from writing, so
        // tests can demand that a refused request changes nothing at all.
        read("/api/v1/accounts").send();
        http.get("/api/v1/accounts").bearer(extensionToken).origin(TestAgent.EXTENSION_ORIGIN).send();
    }

    Instant now() {
        return http.clock.instant();
    }

    /** Row counts of every table a request could change. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, ledger.count(table)));
        counts.put("settings-content", (long) ledger.settings().hashCode());
        counts.put("tokens-content", (long) ledger.listTokens().hashCode());
        return counts;
    }

    /** An authorised JSON write, as a script sends it. */
    TestAgent.Request write(String method, String path, String json) {
        return http.request(method, path).json(json).apiHeader().bearer(token);
    }

    TestAgent.Request read(String path) {
        return http.get(path).bearer(token);
    }

    TestAgent.Response capture(String html, Instant capturedAt) {
        return capture(html, capturedAt, null);
    }

    TestAgent.Response capture(String html, Instant capturedAt, String account) {
        return write("POST", "/api/v1/captures", captureJson(html, capturedAt, account)).send();
    }

    static String captureJson(String html, Instant capturedAt, String account) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("url", SENT_URL);
        body.put("capturedAt", capturedAt.toString());
        body.put("html", html);
        if (account != null) {
            body.put("account", account);
        }
        return body.toString();
    }

    /** A complete page (People (N) equals the rows shown) of invented people. */
    static String page(SyntheticInvitation... rows) {
        return SyntheticSentPage.render(List.of(rows), rows.length, false);
    }

    static SyntheticInvitation person(String name, String slug, int ageDays, String note) {
        return new SyntheticInvitation(name, slug, "Headline of " + name, ageDays, note);
    }

    @Override
    public void close() {
        http.close();
    }
}
