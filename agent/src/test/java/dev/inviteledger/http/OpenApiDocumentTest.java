package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed OpenAPI file, as served: complete for TEAM.md's contract and for every registered route. */
class OpenApiDocumentTest {
    /** The HTTP API v1 contract in TEAM.md, including routes the ledger work wires later. */
    private static final List<String> CONTRACT = List.of(
            "GET /api/v1/health", "POST /api/v1/pairing", "GET /api/v1/pairing/{pairingId}",
            "POST /api/v1/captures", "GET /api/v1/accounts", "GET /api/v1/accounts/{account}/summary",
            "GET /api/v1/invitations", "POST /api/v1/withdrawals", "DELETE /api/v1/withdrawals/{id}", "GET /api/v1/withdrawals",
            "PUT /api/v1/invitations/{key}/keep", "POST /api/v1/signals", "POST /api/v1/fixtures",
            "GET /api/v1/settings", "PUT /api/v1/settings", "GET /api/v1/export.csv", "GET /api/v1/export.json", "POST /api/v1/import",
            "GET /api/v1/openapi.json");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private static TestAgent agent;
    private static JsonNode document;

    @BeforeAll
    static void fetch() {
        agent = new TestAgent();
        TestAgent.Response response = agent.get("/api/v1/openapi.json").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        document = response.json();
    }

    @AfterAll
    static void stop() {
        agent.close();
    }

    private static JsonNode operation(String route) {
        String[] parts = route.split(" ", 2);
        return document.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
    }

    @Test
    void isOpenApi31ForApiVersion1() {
        assertThat(document.get("openapi").asText()).startsWith("3.1.");
        assertThat(document.at("/info/version").asText()).isEqualTo("1");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("http://127.0.0.1:27121");
    }

    @Test
    void documentsEveryRouteOfTheContract() {
        for (String route : CONTRACT) {
            assertThat(operation(route).isObject()).as(route).isTrue();
        }
    }

    @Test
    void documentsEveryRouteTheServerRegisters() {
        for (Routes.Route route : agent.server.declaredRoutes()) {
            if (route.path().startsWith("/api/v1/test/") || route.path().startsWith("/test/")) {
                continue;
            }
            assertThat(operation(route.method().name() + " " + route.path()).isObject())
                    .as(route.method() + " " + route.path()).isTrue();
        }
    }

    @Test
    void everyOperationHasSecurityExamplesAndErrors() {
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode operation = op.getValue();
                assertThat(operation.has("security")).as(name + " declares its security").isTrue();
                assertThat(operationIds.add(operation.get("operationId").asText())).as(name + " has a unique operationId").isTrue();
                if (operation.has("requestBody")) {
                    assertThat(hasExample(operation.get("requestBody").get("content"))).as(name + " request example").isTrue();
                }
                boolean successExample = false;
                for (Iterator<Map.Entry<String, JsonNode>> responses = operation.get("responses").fields(); responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    if (response.getKey().startsWith("2")) {
                        successExample |= !response.getValue().has("content") || hasExample(response.getValue().get("content"));
                    }
                }
                assertThat(successExample).as(name + " success example").isTrue();
                assertThat(operation.get("responses").has("500")).as(name + " documents 500").isTrue();
                if (WRITES.contains(op.getKey()) && path.getKey().startsWith("/api/")) {
                    assertThat(operation.get("parameters").toString()).as(name + " needs the API header")
                            .contains("#/components/parameters/ApiVersion\"");
                    assertThat(operation.get("responses").has("412")).as(name + " documents 412").isTrue();
                    assertThat(operation.get("responses").has("413")).as(name + " documents 413").isTrue();
                }
            }
        }
        assertThat(operationIds).hasSizeGreaterThanOrEqualTo(CONTRACT.size());
    }

    @Test
    void sessionOnlyRoutesSaySoAndPublicOnesAreFew() {
        assertThat(operation("GET /api/v1/tokens").get("security").toString()).doesNotContain("bearerToken").contains("sessionCookie");
        assertThat(operation("POST /api/v1/pairing/{pairingId}/approve").get("security").toString()).contains("csrfToken");
        assertThat(operation("POST /api/v1/captures").get("security").toString()).contains("bearerToken");
        assertThat(operation("GET /api/v1/health").get("security").toString()).isEqualTo("[{}]");
    }

    private static boolean hasExample(JsonNode content) {
        for (JsonNode media : content) {
            if (!media.has("example") && !media.has("examples")) {
                return false;
            }
        }
        return content.size() > 0;
    }
}
