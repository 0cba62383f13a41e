package dev.inviteledger.http;

import static dev.inviteledger.http.LedgerAgent.page;
import static dev.inviteledger.http.LedgerAgent.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document against the real thing: every route the production modules register is documented,
 * every response a scenario gets (successes and errors) has a documented status and fits its documented schema,
 * the JSON bodies the scenario sends fit the documented request schemas, and every example in the document
 * fits its own schema.
 */
class OpenApiResponsesTest {
    @TempDir
    Path dataDir;

    private record Exchange(String method, String template, String requestJson, TestAgent.Response response) {}

    private static JsonNode document() throws IOException {
        return Json.mapper().readTree(OpenApiRoutes.load());
    }

    @Test
    void everyProductionRouteIsDocumented() throws IOException {
        JsonNode doc = document();
        try (LedgerAgent agent = new LedgerAgent(dataDir)) {
            for (Routes.Route route : agent.http.server.declaredRoutes()) {
                assertThat(doc.path("paths").path(route.path()).path(route.method().name().toLowerCase(Locale.ROOT)).isObject())
                        .as(route.method() + " " + route.path()).isTrue();
            }
        }
    }

    @Test
    void everyResponseOfAScenarioFitsTheDocument() throws IOException {
        JsonNode doc = document();
        OpenApiSchema schemas = new OpenApiSchema(doc);
        List<Exchange> exchanges = scenario();
        List<String> problems = new ArrayList<>();
        for (Exchange e : exchanges) {
            String name = e.method() + " " + e.template() + " → " + e.response().status();
            JsonNode operation = doc.path("paths").path(e.template()).path(e.method().toLowerCase(Locale.ROOT));
            if (!operation.isObject()) {
                problems.add(name + ": operation not documented");
                continue;
            }
            if (e.requestJson() != null) {
                JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
                problems.addAll(prefix(name + " request", schemas.check(Json.mapper().readTree(e.requestJson()), schema)));
            }
            JsonNode documented = operation.path("responses").path(String.valueOf(e.response().status()));
            if (documented.isMissingNode()) {
                problems.add(name + ": status not documented (" + e.response().text() + ")");
                continue;
            }
            JsonNode schema = schemas.resolve(documented).at("/content/application~1json/schema");
            if (!schema.isMissingNode()) {
                problems.addAll(prefix(name, schemas.check(e.response().json(), schema)));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(exchanges).extracting(e -> e.method() + " " + e.template()).contains(
                "POST /api/v1/captures", "GET /api/v1/accounts", "GET /api/v1/accounts/{account}/summary",
                "GET /api/v1/invitations", "POST /api/v1/withdrawals", "GET /api/v1/withdrawals", "DELETE /api/v1/withdrawals/{id}",
                "PUT /api/v1/invitations/{key}/keep", "POST /api/v1/signals", "GET /api/v1/settings", "PUT /api/v1/settings",
                "GET /api/v1/export.json", "POST /api/v1/import", "POST /api/v1/fixtures");
    }

    @Test
    void everyExampleFitsItsSchema() throws IOException {
        JsonNode doc = document();
        OpenApiSchema schemas = new OpenApiSchema(doc);
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                JsonNode request = op.getValue().at("/requestBody/content/application~1json");
                if (request.has("example")) {
                    problems.addAll(prefix(name + " request example", schemas.check(request.get("example"), request.get("schema"))));
                }
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.getValue().path("responses").fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = rs.next();
                    JsonNode json = schemas.resolve(response.getValue()).at("/content/application~1json");
                    if (json.has("example")) {
                        problems.addAll(prefix(name + " " + response.getKey() + " example",
                                schemas.check(json.get("example"), json.get("schema"))));
                    }
                    for (JsonNode example : json.path("examples")) {
                        problems.addAll(prefix(name + " " + response.getKey() + " example",
                                schemas.check(example.get("value"), json.get("schema"))));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerCatchesDrift() throws IOException {
        OpenApiSchema schemas = new OpenApiSchema(document());
        JsonNode withdrawal = Json.mapper().readTree("{\"$ref\":\"#/components/schemas/Withdrawal\"}");
        assertThat(schemas.check(Json.mapper().readTree("{\"id\":1,\"account\":\"a\",\"key\":\"in:x\","
                + "\"withdrawnAt\":\"2026-11-22T10:00:00Z\",\"resendEligibleAt\":\"2026-12-13T10:00:00Z\"}"), withdrawal)).isEmpty();
        assertThat(schemas.check(Json.mapper().readTree("{\"id\":\"1\",\"key\":\"in:x\",\"withdrawnAt\":null,"
                + "\"resendEligibleAt\":\"2026-12-13T10:00:00Z\",\"extra\":true}"), withdrawal))
                .containsExactlyInAnyOrder("$: missing required field \"account\"", "$.id: string is not of type \"integer\"",
                        "$.withdrawnAt: null is not of type \"string\"", "$: undocumented field \"extra\"");
        JsonNode plan = Json.mapper().readTree("{\"$ref\":\"#/components/schemas/Invitation\"}");
        assertThat(schemas.check(Json.mapper().readTree("{\"status\":\"ignored\"}"), plan))
                .contains("$.status: \"ignored\" is not one of [\"fresh\",\"waiting\",\"stale\",\"overdue\",\"unknown\","
                        + "\"withdrawn\",\"accepted\",\"closed-unknown\"]");
    }

    private static List<String> prefix(String name, List<String> problems) {
        return problems.stream().map(p -> name + ": " + p).toList();
    }

    /** Every ledger route, its happy path and a few of its errors. */
    private List<Exchange> scenario() throws IOException {
        List<Exchange> out = new ArrayList<>();
        try (LedgerAgent agent = new LedgerAgent(dataDir)) {
            String html = page(person("Ada Example", "ada-example-4b1", 25, null), person("Bo Sample", "bo-sample", 3, "Hi Bo!"),
                    person("Cy Sample", "cy-sample", 70, null));
            String first = LedgerAgent.captureJson(page(person("Ada Example", "ada-example-4b1", 18, null)),
                    agent.now().minus(Duration.ofDays(7)), "me@example.com");
            write(out, agent, "POST", "/api/v1/captures", "/api/v1/captures", first);
            write(out, agent, "POST", "/api/v1/captures", "/api/v1/captures",
                    LedgerAgent.captureJson(html, agent.now().minus(Duration.ofMinutes(1)), "me@example.com"));
            write(out, agent, "POST", "/api/v1/captures", "/api/v1/captures?view=overlay",
                    LedgerAgent.captureJson(html, agent.now(), "me@example.com"));
            write(out, agent, "POST", "/api/v1/captures", "/api/v1/captures?view=everything",
                    LedgerAgent.captureJson(html, agent.now(), "me@example.com"));
            write(out, agent, "POST", "/api/v1/captures", "/api/v1/captures", "{\"url\":\"https://evil.example/\"}");
            read(out, agent, "/api/v1/accounts", "/api/v1/accounts");
            read(out, agent, "/api/v1/accounts/{account}/summary", "/api/v1/accounts/me@example.com/summary");
            read(out, agent, "/api/v1/accounts/{account}/summary", "/api/v1/accounts/nobody/summary");
            read(out, agent, "/api/v1/invitations", "/api/v1/invitations?account=me@example.com");
            read(out, agent, "/api/v1/invitations", "/api/v1/invitations?account=me@example.com&sort=random");
            write(out, agent, "PUT", "/api/v1/invitations/{key}/keep", "/api/v1/invitations/in:bo-sample/keep?account=me@example.com",
                    "{\"keep\":true}");
            write(out, agent, "PUT", "/api/v1/invitations/{key}/keep", "/api/v1/invitations/in:nobody/keep", "{\"keep\":true}");
            Exchange recorded = write(out, agent, "POST", "/api/v1/withdrawals", "/api/v1/withdrawals",
                    "{\"account\":\"me@example.com\",\"key\":\"in:cy-sample\",\"source\":\"observed\"}");
            write(out, agent, "POST", "/api/v1/withdrawals", "/api/v1/withdrawals",
                    "{\"account\":\"me@example.com\",\"name\":\"Nobody\",\"source\":\"manual\"}");
            read(out, agent, "/api/v1/withdrawals", "/api/v1/withdrawals?account=me@example.com");
            write(out, agent, "DELETE", "/api/v1/withdrawals/{id}", "/api/v1/withdrawals/" + recorded.response().json().get("id").asLong(),
                    "{}");
            read(out, agent, "/api/v1/withdrawals", "/api/v1/withdrawals?account=me@example.com");
            write(out, agent, "POST", "/api/v1/signals", "/api/v1/signals", "{\"account\":\"me@example.com\",\"kind\":\"weekly-limit\","
                    + "\"text\":\"You have reached the weekly invitation limit\",\"url\":\"https://www.linkedin.com/mynetwork/\","
                    + "\"seenAt\":\"2026-11-22T09:58:00Z\"}");
            read(out, agent, "/api/v1/accounts/{account}/summary", "/api/v1/accounts/me@example.com/summary");
            read(out, agent, "/api/v1/settings", "/api/v1/settings");
            write(out, agent, "PUT", "/api/v1/settings", "/api/v1/settings", "{\"withdrawAfterDays\":14,\"watchAt\":null}");
            write(out, agent, "PUT", "/api/v1/settings", "/api/v1/settings", "{\"dailyWithdrawals\":500}");
            read(out, agent, "/api/v1/export.json", "/api/v1/export.json?account=me@example.com");
            read(out, agent, "/api/v1/export.csv", "/api/v1/export.csv?account=nobody");
            write(out, agent, "POST", "/api/v1/fixtures", "/api/v1/fixtures", Json.mapper().writeValueAsString(Map.of(
                    "url", LedgerAgent.SENT_URL, "capturedAt", "2026-11-22T09:59:00Z", "html", html, "anonymize", true)));
            TestAgent.Response imported = agent.http.request("POST", "/api/v1/import?account=me@example.com").apiHeader()
                    .bearer(agent.token).header("Content-Type", "multipart/form-data; boundary=" + ExportImportRoutesHttpTest.BOUNDARY)
                    .body(ExportImportRoutesHttpTest.multipart(ImportRoutes.FILE_PART, "export.zip",
                            ExportImportRoutesHttpTest.zip(Map.of("Invitations.csv", ExportImportRoutesHttpTest.INVITATIONS)))).send();
            out.add(new Exchange("POST", "/api/v1/import", null, imported));
            TestAgent.Response refused = agent.http.request("POST", "/api/v1/import").apiHeader().bearer(agent.token)
                    .header("Content-Type", "multipart/form-data; boundary=" + ExportImportRoutesHttpTest.BOUNDARY)
                    .body(ExportImportRoutesHttpTest.multipart(ImportRoutes.FILE_PART, "export.zip", new byte[] {1, 2})).send();
            out.add(new Exchange("POST", "/api/v1/import", null, refused));
        }
        assertThat(out).extracting(e -> e.response().status()).contains(200, 201, 202, 400, 404);
        return out;
    }

    private static Exchange write(List<Exchange> out, LedgerAgent agent, String method, String template, String path, String json) {
        Exchange e = new Exchange(method, template, json.startsWith("{\"url\":\"https://evil") ? null : json,
                agent.write(method, path, json).send());
        out.add(e);
        return e;
    }

    private static void read(List<Exchange> out, LedgerAgent agent, String template, String path) {
        out.add(new Exchange("GET", template, null, agent.read(path).send()));
    }
}
