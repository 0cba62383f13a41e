package dev.inviteledger.cli;

import dev.inviteledger.config.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every command that touches the ledger shares. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the ledger lives (default: the platform's user data directory, e.g. ~/.local/share/invite-ledger).")
    Path dataDir;

    public Path directory() {
        return DataDirectory.resolve(dataDir);
    }
}
