package dev.inviteledger.http;

import static dev.inviteledger.http.LedgerAgent.page;
import static dev.inviteledger.http.LedgerAgent.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.page.FixturePage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/v1/fixtures}: a capture saved as a fixture file under the data directory, never elsewhere. */
class FixtureRoutesHttpTest {
    private static final String PAGE = page(person("Ada Example", "ada-example-4b1", 25, "Hi Ada!"),
            person("Bo Sample", "bo-sample", 3, null));

    @TempDir
    Path dataDir;

    private LedgerAgent agent;

    @BeforeEach
    void start() {
        agent = new LedgerAgent(dataDir);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private static String body(boolean anonymize, String name) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("url", LedgerAgent.SENT_URL);
        body.put("capturedAt", "2026-11-22T09:59:00Z");
        body.put("html", PAGE);
        body.put("anonymize", anonymize);
        if (name != null) {
            body.put("name", name);
        }
        return body.toString();
    }

    private TestAgent.Response save(boolean anonymize, String name) {
        return agent.write("POST", "/api/v1/fixtures", body(anonymize, name)).send();
    }

    @Test
    void savesTheCaptureWithItsTimeZoneAndUrlAndAnonymizesOnRequest() throws IOException {
        TestAgent.Response plain = save(false, "Two rows");
        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
        Path saved = Path.of(plain.json().get("path").asText());
        assertThat(saved).isEqualTo(dataDir.resolve("fixtures").resolve("two-rows-20261122T095900Z.html").toAbsolutePath());
        assertThat(plain.json().get("fileName").asText()).isEqualTo("two-rows-20261122T095900Z.html");
        assertThat(plain.json().at("/coverage/rowsSeen").asInt()).isEqualTo(2);
        assertThat(plain.json().at("/coverage/complete").asBoolean()).isTrue();
        Document doc = Jsoup.parse(Files.readString(saved, StandardCharsets.UTF_8));
        assertThat(doc.select("meta[name=" + FixturePage.META_CAPTURED_AT + "]").attr("content")).isEqualTo("2026-11-22T09:59:00Z");
        assertThat(doc.select("meta[name=" + FixturePage.META_ZONE + "]").attr("content")).isEqualTo("Z");
        assertThat(doc.select("meta[name=" + FixturePage.META_URL + "]").attr("content")).isEqualTo(LedgerAgent.SENT_URL);
        assertThat(doc.text()).contains("Ada Example");

        TestAgent.Response anonymous = save(true, "Two rows");
        assertThat(anonymous.status()).isEqualTo(201);
        assertThat(anonymous.json().get("fileName").asText()).isEqualTo("two-rows-20261122T095900Z-2.html");
        assertThat(anonymous.json().get("anonymized").asBoolean()).isTrue();
        String text = Files.readString(Path.of(anonymous.json().get("path").asText()), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Ada", "ada-example", "Bo Sample", "bo-sample").contains("Person 1", "person-2");
        assertThat(agent.ledger.count("captures")).as("a fixture is not a capture").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "..", "C:\\Windows\\system32", "con", "a/../../b", "%2e%2e%2f", "\u202Eevil"})
    void theClientsNameNeverLeavesTheFixtureDirectory(String name) throws IOException {
        TestAgent.Response response = save(false, name);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        Path saved = Path.of(response.json().get("path").asText());
        assertThat(saved.getParent()).isEqualTo(dataDir.resolve("fixtures").toAbsolutePath());
        assertThat(saved.getFileName().toString()).matches("[a-z0-9-]+-20261122T095900Z\\.html");
        try (Stream<Path> all = Files.walk(dataDir)) {
            assertThat(all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".html")).toList()).containsExactly(saved);
        }
    }

    @Test
    void badRequestsAre400AndWriteNoFile() throws IOException {
        Map<String, Long> before = agent.counts();
        List<String> bodies = List.of(
                body(false, null).replace(",\"anonymize\":false", ""),
                body(false, null).replace(LedgerAgent.SENT_URL, "https://www.linkedin.com/in/someone/"),
                body(false, "x".repeat(101)),
                body(false, null).replace("2026-11-22T09:59:00Z", "2026-11-23T09:59:00Z"),
                body(false, null).replace("\"anonymize\":false", "\"anonymize\":\"no\""));
        List<String> fields = List.of("anonymize", "url", "name", "capturedAt", "anonymize");
        for (int i = 0; i < bodies.size(); i++) {
            TestAgent.Response response = agent.write("POST", "/api/v1/fixtures", bodies.get(i)).send();
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().get("message").asText()).contains("\"" + fields.get(i) + "\"");
        }
        assertThat(Files.exists(dataDir.resolve("fixtures"))).isFalse();
        assertThat(agent.counts()).isEqualTo(before);
    }
}
