package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
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
 * its hand-checked {@code <name>.expected.json}. Only the parser's fields are compared, so the same
 * expected files can also carry what later stages add (status, headroom, hints).
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

        JsonNode expected = parserView(expectedFull);
        JsonNode actual = parserView(JSON.valueToTree(new Replayed(parsed.coverage(), parsed.rows(), parsed.warnings())));
        List<String> differences = new ArrayList<>();
        diff("$", expected, actual, differences);
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

    /** Path-by-path differences, so a failure says which row and field moved. */
    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(fields::add);
            actual.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                diff(path + "." + f, expected.path(f), actual.path(f), out);
            }
        } else if (expected.isArray() && actual.isArray()) {
            int n = Math.max(expected.size(), actual.size());
            for (int i = 0; i < n; i++) {
                String at = path + "[" + i + "]" + label(expected.get(i), actual.get(i));
                if (i >= expected.size()) {
                    out.add(at + ": unexpected " + actual.get(i));
                } else if (i >= actual.size()) {
                    out.add(at + ": missing " + expected.get(i));
                } else {
                    diff(at, expected.get(i), actual.get(i), out);
                }
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + show(expected) + " but was " + show(actual));
        }
    }

    private static String label(JsonNode expected, JsonNode actual) {
        JsonNode row = expected != null ? expected : actual;
        return row != null && row.has("key") ? "(" + row.get("key").asText() + ")" : "";
    }

    private static String show(JsonNode node) {
        return node.isMissingNode() ? "(absent)" : node.toString();
    }
}
