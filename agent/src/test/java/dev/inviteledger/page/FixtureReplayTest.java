package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.testing.JsonDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every captured page in the fixture folder through the parser and compares the result with
 * its hand-checked {@code <name>.expected.json}. Only the parser's fields are compared here; the
 * files hold the whole {@code replay --json} answer, which cli.ReplayFixturesTest checks end to end.
 */
class FixtureReplayTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Set<String> ROW_FIELDS = Arrays.stream(ParsedRow.class.getRecordComponents())
            .map(c -> c.getName()).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    private static final Set<String> COVERAGE_FIELDS = Arrays.stream(Coverage.class.getRecordComponents())
            .map(c -> c.getName()).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));

    private final SentPageParser parser = new SentPageParser();

    static Stream<Arguments> fixtures() {
        return Fixtures.pages().stream().map(p -> Arguments.of(Fixtures.name(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesAsExpected(String name, Path page) throws Exception {
        Path expectedFile = Fixtures.expectedFor(page);
        assertThat(expectedFile).as("every fixture needs %s", expectedFile.getFileName()).exists();
        JsonNode expectedFull = JSON.readTree(Files.readString(expectedFile));
        assertThat(Instant.parse(expectedFull.path("capturedAt").asText()))
                .as("capturedAt of %s is a fixed ISO instant", name).isNotNull();

        ParsedPage parsed = parser.parse(Fixtures.read(page));

        JsonNode expected = withWarningsCut(parserView(expectedFull), parsed.warnings().size());
        JsonNode actual = parserView(JSON.valueToTree(new Replayed(parsed.coverage(), parsed.rows(), parsed.warnings())));
        List<String> differences = JsonDiff.differences(expected, actual);
        if (!differences.isEmpty()) {
            fail("%s differs from %s:%n  %s%n%nParser output (check it by hand before copying):%n%s", page.getFileName(),
                    expectedFile.getFileName(), String.join(System.lineSeparator() + "  ", differences),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
        }
    }

    @Test
    void theSuiteCoversEnoughPages() {
        assertThat(Fixtures.pages()).hasSizeGreaterThanOrEqualTo(10);
    }

    /** The shape replay prints, minus what later stages add. */
    record Replayed(Coverage coverage, List<ParsedRow> invitations, List<String> warnings) {}

    /** coverage, invitations (parser fields only) and warnings; everything else is another stage's business. */
    private static JsonNode parserView(JsonNode full) {
        ObjectNode view = JSON.createObjectNode();
        view.set("coverage", only(full.path("coverage"), COVERAGE_FIELDS));
        ArrayNode rows = view.putArray("invitations");
        for (JsonNode row : full.path("invitations")) {
            rows.add(only(row, ROW_FIELDS));
        }
        view.set("warnings", full.path("warnings"));
        return view;
    }

    /** The report lists the parser's warnings first, then the ledger's and the policy's: compare that prefix. */
    private static JsonNode withWarningsCut(JsonNode expectedView, int parserWarnings) {
        ArrayNode cut = JSON.createArrayNode();
        JsonNode all = expectedView.path("warnings");
        for (int i = 0; i < Math.min(parserWarnings, all.size()); i++) {
            cut.add(all.get(i));
        }
        ((ObjectNode) expectedView).set("warnings", cut);
        return expectedView;
    }

    private static JsonNode only(JsonNode node, Set<String> fields) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = JSON.createObjectNode();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (fields.contains(field)) {
                out.set(field, node.get(field));
            }
        }
        return out;
    }
}
