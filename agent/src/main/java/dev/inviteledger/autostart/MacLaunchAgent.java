package dev.inviteledger.autostart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * macOS: {@code ~/Library/LaunchAgents/dev.inviteledger.agent.plist}; launchd loads it at the next login.
 * Written as a file only (built and tried on macOS by maintainers, see docs/install.md); the command to
 * load it right away is printed rather than run.
 */
public final class MacLaunchAgent implements Autostart {
    private final Path plist;
    private final Path logFile;
    private final Optional<LaunchCommand> command;

    public MacLaunchAgent(Path home, Optional<LaunchCommand> command) {
        this.plist = home.resolve("Library").resolve("LaunchAgents").resolve(LaunchAgentPlist.FILE_NAME);
        this.logFile = home.resolve("Library").resolve("Logs").resolve("invite-ledger.log");
        this.command = command;
    }

    @Override
    public Platform platform() {
        return Platform.MACOS;
    }

    @Override
    public Path entryFile() {
        return plist;
    }

    @Override
    public String entryText() {
        return LaunchAgentPlist.render(command.orElseThrow(() -> new IllegalStateException(Autostarts.NO_LAUNCHER)), logFile);
    }

    @Override
    public AutostartOutcome enable() throws IOException {
        if (command.isEmpty()) {
            return new AutostartOutcome(true, List.of(Autostarts.NO_LAUNCHER));
        }
        EntryFiles.writeAtomically(plist, entryText());
        return new AutostartOutcome(false, List.of(
                "Wrote " + plist + ": the agent starts at your next login and is restarted after a crash.",
                "To start it now: launchctl load -w \"" + plist + "\""));
    }

    @Override
    public AutostartOutcome disable() throws IOException {
        List<String> lines = new ArrayList<>();
        if (EntryFiles.remove(plist)) {
            lines.add("Removed " + plist);
            lines.add("If the agent is running now, stop it: launchctl remove " + LaunchAgentPlist.LABEL);
        }
        if (EntryFiles.remove(logFile)) {
            lines.add("Removed " + logFile);
        }
        if (lines.isEmpty()) {
            lines.add("Autostart was not on; nothing to remove.");
        }
        return new AutostartOutcome(false, lines);
    }

    @Override
    public AutostartStatus status() {
        boolean present = EntryFiles.present(plist);
        return new AutostartStatus(plist, present, Answer.of(present), Answer.UNKNOWN,
                present ? "check it with: launchctl list " + LaunchAgentPlist.LABEL : "", Optional.empty());
    }
}
