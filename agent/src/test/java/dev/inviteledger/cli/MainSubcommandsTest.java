package dev.inviteledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainSubcommandsTest {
    private static final String[] ALL = {"replay", "import", "export", "serve", "autostart", "doctor", "token", "help"};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"replay", "import", "export", "serve", "autostart", "doctor", "token"})
    void aProcessBuildsOnlyTheCommandItRuns(String name) {
        assertThat(Main.commandLine(name, "--whatever").getSubcommands()).containsOnlyKeys(name);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "help", "--help", "-V", "sreve", "Serve"})
    void anythingElseGetsEveryCommandInHelpOrder(String first) {
        String[] args = first.isEmpty() ? new String[0] : new String[] {first};
        assertThat(Main.commandLine(args).getSubcommands().keySet()).containsExactly(ALL);
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactly(ALL);
    }

    @Test
    void anUnknownCommandIsStillSuggested() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine("sreve").setErr(new PrintWriter(err)).execute("sreve");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean", "serve");
    }

    @Test
    void theFailureHandlerReachesALazilyRegisteredCommand() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine("replay").setErr(new PrintWriter(err))
                .execute("replay", "/nonexistent/invite-ledger/page.html");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("replay: ").doesNotContain("Exception");
    }
}
