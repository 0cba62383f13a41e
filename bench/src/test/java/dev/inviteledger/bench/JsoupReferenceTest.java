package dev.inviteledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paired mode's protocol is what {@code bench/run.sh http} reads line by line: it must not drift. */
class JsoupReferenceTest {
    @TempDir Path dir;

    @Test
    void pairedModeAnswersEachPageOnItsOwnLineThenTheSummary() throws Exception {
        Path a = Files.writeString(dir.resolve("capture-001.html"), SentPages.page(100));
        Path b = Files.writeString(dir.resolve("capture-002.html"), SentPages.page(100, 2));
        List<String> lines = run(a + "\n\n" + b + "\n" + a + "\n");

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(JsoupReference.READY);
        for (String sample : lines.subList(1, 4)) {
            assertThat(sample).matches("[1-9][0-9]* [0-9]+");
        }
        assertThat(lines.get(4)).matches("bare jsoup parse of the same pages, median of pages 2-3: "
                + "wall [0-9]+\\.[0-9]{2} ms, CPU [0-9]+\\.[0-9]{2} ms");
    }

    @Test
    void pairedModeRefusesTooFewPagesAndMissingFiles() {
        assertThatThrownBy(() -> run(dir.resolve("capture-001.html") + "\n"))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThatThrownBy(() -> run("")).hasMessageContaining("at least two pages");
    }

    private static List<String> run(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            JsoupReference.paired(new BufferedReader(new StringReader(input)), print);
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
