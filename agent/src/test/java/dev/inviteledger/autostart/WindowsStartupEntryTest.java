package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsStartupEntryTest {
    @TempDir Path appData;

    private WindowsStartupEntry entry() {
        return new WindowsStartupEntry(appData, Optional.of(new LaunchCommand(
                List.of("C:\\Program Files\\Invite Ledger\\invite-ledger.exe", "serve"), "test")));
    }

    @Test
    void enableWritesTheScriptInTheStartupFolderAndDisableRemovesIt() throws IOException {
        Path script = appData.resolve("Microsoft/Windows/Start Menu/Programs/Startup/Invite Ledger.cmd");

        entry().enable();
        assertThat(Files.readString(script)).isEqualTo(entry().entryText());
        assertThat(entry().status().enabled()).isEqualTo(Answer.YES);

        entry().disable();
        assertThat(script).doesNotExist();
        assertThat(entry().status().enabled()).isEqualTo(Answer.NO);
    }
}
