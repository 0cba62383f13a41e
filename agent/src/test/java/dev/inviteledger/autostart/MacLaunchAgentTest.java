package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MacLaunchAgentTest {
    @TempDir Path home;

    private MacLaunchAgent agent() {
        return new MacLaunchAgent(home, Optional.of(LaunchCommand.ofLauncher(
                Path.of("/Applications/Invite Ledger.app/Contents/MacOS/invite-ledger"), "test")));
    }

    @Test
    void enableWritesThePlistInLaunchAgents() throws IOException {
        AutostartOutcome outcome = agent().enable();

        Path plist = home.resolve("Library/LaunchAgents/dev.inviteledger.agent.plist");
        assertThat(Files.readString(plist)).isEqualTo(agent().entryText());
        assertThat(outcome.userActionNeeded()).isFalse();
        assertThat(outcome.lines()).anySatisfy(l -> assertThat(l).contains("launchctl load -w"));
        assertThat(agent().status().enabled()).isEqualTo(Answer.YES);
    }

    @Test
    void disableRemovesThePlistAndItsLog() throws IOException {
        agent().enable();
        Files.createDirectories(home.resolve("Library/Logs"));
        Files.writeString(home.resolve("Library/Logs/invite-ledger.log"), "started\n");

        agent().disable();

        assertThat(home.resolve("Library/LaunchAgents")).isEmptyDirectory();
        assertThat(home.resolve("Library/Logs")).isEmptyDirectory();
        assertThat(agent().status().enabled()).isEqualTo(Answer.NO);
    }
}
