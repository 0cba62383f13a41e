package dev.inviteledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.page.Fixtures;
import dev.inviteledger.testing.JsonDiff;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code replay --json FIXTURE} prints exactly the fixture's expected file: the whole path a live capture
 * takes (parse, ledger, policy, report), with the capture time and zone the fixture records.
 */
class ReplayFixturesTest {

    static Stream<Arguments> fixtures() {
        return Fixtures.pages().stream().map(p -> Arguments.of(Fixtures.name(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void replayPrintsTheExpectedReport(String name, Path page) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("replay", "--json", page.toString());

        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        JsonNode expected = Json.mapper().readTree(Files.readString(Fixtures.expectedFor(page)));
        JsonNode actual = Json.mapper().readTree(out.toString());
        List<String> differences = JsonDiff.differences(expected, actual);
        if (!differences.isEmpty()) {
            fail("replay --json %s differs from its expected file:%n  %s", page.getFileName(),
                    String.join(System.lineSeparator() + "  ", differences));
        }
    }
}
