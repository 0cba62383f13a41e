package dev.inviteledger.autostart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Windows: {@code Invite Ledger.cmd} in the user's Startup folder, run by Explorer at sign-in. Written as a
 * file only (built and tried on Windows by maintainers, see docs/install.md).
 */
public final class WindowsStartupEntry implements Autostart {
    private final Path script;
    private final Optional<LaunchCommand> command;

    /** @param appData {@code %APPDATA%}, e.g. {@code C:\Users\ada\AppData\Roaming} */
    public WindowsStartupEntry(Path appData, Optional<LaunchCommand> command) {
        this.script = appData.resolve("Microsoft").resolve("Windows").resolve("Start Menu").resolve("Programs")
                .resolve("Startup").resolve(WindowsStartupScript.FILE_NAME);
        this.command = command;
    }

    @Override
    public Platform platform() {
        return Platform.WINDOWS;
    }

    @Override
    public Path entryFile() {
        return script;
    }

    @Override
    public String entryText() {
        return WindowsStartupScript.render(command.orElseThrow(() -> new IllegalStateException(Autostarts.NO_LAUNCHER)));
    }

    @Override
    public AutostartOutcome enable() throws IOException {
        if (command.isEmpty()) {
            return new AutostartOutcome(true, List.of(Autostarts.NO_LAUNCHER));
        }
        EntryFiles.writeAtomically(script, entryText());
        return new AutostartOutcome(false, List.of(
                "Wrote " + script + ": the agent starts (minimised) when you sign in.",
                "To start it now, double-click that file or run: " + String.join(" ", command.get().argv())));
    }

    @Override
    public AutostartOutcome disable() throws IOException {
        if (EntryFiles.remove(script)) {
            return new AutostartOutcome(false, List.of("Removed " + script,
                    "If the agent is running now, close its minimised \"Invite Ledger\" window."));
        }
        return new AutostartOutcome(false, List.of("Autostart was not on; nothing to remove."));
    }

    @Override
    public AutostartStatus status() {
        boolean present = EntryFiles.present(script);
        return new AutostartStatus(script, present, Answer.of(present), Answer.UNKNOWN, "", Optional.empty());
    }
}
