package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessCommandRunnerTest {
    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @Test
    void capturesExitCodeAndBothStreams() {
        CommandRunner.Result result = runner.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.firstLine()).isEqualTo("err");
        assertThat(result.ok()).isFalse();
    }

    @Test
    void aMissingProgramIsExitCode127WithAReason() {
        CommandRunner.Result result = runner.run(List.of("/nonexistent/systemctl", "--user"));

        assertThat(result.exitCode()).isEqualTo(CommandRunner.Result.NOT_FOUND);
        assertThat(result.firstLine()).contains("/nonexistent/systemctl");
    }
}
