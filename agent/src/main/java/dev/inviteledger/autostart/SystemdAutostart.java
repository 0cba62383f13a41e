package dev.inviteledger.autostart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Linux: a systemd user unit. With the .deb installed and run from it, the package's
 * {@code /usr/lib/systemd/user/invite-ledger.service} is enabled as is; otherwise the unit is written to
 * {@code $XDG_CONFIG_HOME/systemd/user}. Without a reachable systemd user session the files are still
 * written or removed, and the exact command to finish is printed.
 */
public final class SystemdAutostart implements Autostart {
    static final String UNIT = SystemdUserUnit.UNIT_NAME;

    private final Path configHome;
    private final Path userUnit;
    private final Path wantsLink;
    private final Path packagedUnit;
    private final Optional<LaunchCommand> command;
    private final CommandRunner runner;

    /**
     * @param configHome {@code $XDG_CONFIG_HOME}, usually {@code ~/.config}
     * @param systemUnitDir where packages put user units, {@code /usr/lib/systemd/user}
     */
    public SystemdAutostart(Path configHome, Path systemUnitDir, Optional<LaunchCommand> command, CommandRunner runner) {
        this.configHome = configHome;
        Path unitDir = configHome.resolve("systemd").resolve("user");
        this.userUnit = unitDir.resolve(UNIT);
        this.wantsLink = unitDir.resolve("default.target.wants").resolve(UNIT);
        this.packagedUnit = systemUnitDir.resolve(UNIT);
        this.command = command;
        this.runner = runner;
    }

    @Override
    public Platform platform() {
        return Platform.LINUX;
    }

    @Override
    public Path entryFile() {
        return usesPackagedUnit() ? packagedUnit : userUnit;
    }

    @Override
    public String entryText() {
        return SystemdUserUnit.render(command.orElseThrow(() -> new IllegalStateException(Autostarts.NO_LAUNCHER)));
    }

    /** The package's unit already starts exactly this launcher: enable it rather than shadow it with a copy. */
    private boolean usesPackagedUnit() {
        return command.isPresent()
                && command.get().program().equals(LaunchCommand.PACKAGED_LAUNCHER.toString())
                && Files.isRegularFile(packagedUnit);
    }

    @Override
    public AutostartOutcome enable() throws IOException {
        if (command.isEmpty()) {
            return new AutostartOutcome(true, List.of(Autostarts.NO_LAUNCHER));
        }
        List<String> lines = new ArrayList<>();
        if (usesPackagedUnit()) {
            lines.add("Using the unit installed with the package: " + packagedUnit);
            if (EntryFiles.remove(userUnit)) {
                lines.add("Removed an older copy that would hide it: " + userUnit);
            }
        } else {
            EntryFiles.writeAtomically(userUnit, entryText());
            lines.add("Wrote " + userUnit + " (starts: " + String.join(" ", command.get().argv()) + ")");
        }
        String finish = "systemctl --user daemon-reload && systemctl --user enable --now " + UNIT;
        CommandRunner.Result reload = systemctl("daemon-reload");
        if (!reload.ok()) {
            lines.add("Could not reach your systemd user session (" + reload.firstLine() + ").");
            lines.add("To finish, run in your desktop session: " + finish);
            return new AutostartOutcome(true, lines);
        }
        CommandRunner.Result enable = systemctl("enable", "--now", UNIT);
        if (!enable.ok()) {
            lines.add("systemctl could not enable it (" + enable.firstLine() + ").");
            lines.add("To finish, run: " + finish);
            return new AutostartOutcome(true, lines);
        }
        lines.add("Autostart is on: the agent runs now and starts with your session; after a crash systemd restarts it "
                + SystemdUserUnit.RESTART_SEC + " s later, at most " + SystemdUserUnit.START_LIMIT_BURST + " times in "
                + SystemdUserUnit.START_LIMIT_INTERVAL_SEC + " s.");
        return new AutostartOutcome(false, lines);
    }

    @Override
    public AutostartOutcome disable() throws IOException {
        List<String> lines = new ArrayList<>();
        CommandRunner.Result reload = systemctl("daemon-reload");
        boolean reachable = reload.ok();
        boolean known = EntryFiles.present(userUnit) || Files.isRegularFile(packagedUnit);
        if (reachable && known) {
            CommandRunner.Result disable = systemctl("disable", "--now", UNIT);
            lines.add(disable.ok() ? "Stopped the agent and turned autostart off in systemd."
                                   : "systemctl disable said: " + disable.firstLine());
        }
        // what `systemctl --user enable` creates: removing it by hand is the same as disabling
        if (EntryFiles.remove(wantsLink)) {
            lines.add("Removed " + wantsLink);
        }
        if (EntryFiles.remove(userUnit)) {
            lines.add("Removed " + userUnit);
            if (reachable) {
                systemctl("daemon-reload");
            }
        }
        EntryFiles.removeEmptyDirectories(wantsLink.getParent(), configHome);
        if (!reachable) {
            lines.add("Your systemd user session was not reachable (" + reload.firstLine() + "); the files are gone, "
                    + "so nothing starts at the next login. If the agent is running now, stop it: systemctl --user stop " + UNIT);
        }
        if (Files.isRegularFile(packagedUnit)) {
            lines.add("The package's unit " + packagedUnit + " stays, inactive; removing the package removes it.");
        }
        if (lines.isEmpty()) {
            lines.add("Autostart was not on; nothing to remove.");
        }
        return new AutostartOutcome(false, lines);
    }

    @Override
    public AutostartStatus status() {
        boolean userPresent = EntryFiles.present(userUnit);
        boolean anyUnit = userPresent || Files.isRegularFile(packagedUnit);
        Path entry = userPresent ? userUnit : Files.isRegularFile(packagedUnit) ? packagedUnit : userUnit;
        List<String> notes = new ArrayList<>();

        Answer enabled;
        Answer running = Answer.NO;
        if (!anyUnit) {
            enabled = Answer.NO;
        } else {
            CommandRunner.Result isEnabled = systemctl("is-enabled", UNIT);
            String state = isEnabled.stdout().strip();
            if (!state.isEmpty()) {
                enabled = Answer.of(state.equals("enabled") || state.equals("enabled-runtime"));
                CommandRunner.Result isActive = systemctl("is-active", UNIT);
                String activeState = isActive.stdout().strip();
                running = activeState.isEmpty() ? Answer.UNKNOWN : Answer.of(activeState.equals("active"));
                if (activeState.isEmpty()) {
                    // is-enabled reads unit files by itself; is-active needs the user session
                    notes.add("systemd user session not reachable (" + isActive.firstLine() + ")");
                }
                if (activeState.equals("failed")) {
                    notes.add("systemd gave up after repeated failures: see journalctl --user -u " + UNIT);
                }
            } else {
                // no user session to ask: the wants link is what "enabled" means on disk
                enabled = Answer.of(EntryFiles.present(wantsLink));
                running = Answer.UNKNOWN;
                notes.add("systemd user session not reachable (" + isEnabled.firstLine() + "); answered from the files");
            }
        }
        return new AutostartStatus(entry, anyUnit, enabled, running, String.join("; ", notes), problem(userPresent));
    }

    /** A unit we wrote that points at a launcher which is gone (an app-image moved or deleted). */
    private Optional<String> problem(boolean userPresent) {
        if (!userPresent) {
            return EntryFiles.present(wantsLink) && !Files.isRegularFile(packagedUnit)
                    ? Optional.of("a leftover link " + wantsLink + " points at a unit that is gone: run invite-ledger autostart disable")
                    : Optional.empty();
        }
        try {
            Optional<String> program = SystemdUserUnit.program(Files.readString(userUnit, StandardCharsets.UTF_8));
            if (program.isPresent() && !Files.isRegularFile(Path.of(program.get()))) {
                return Optional.of("the unit starts " + program.get() + ", which no longer exists: run "
                        + "invite-ledger autostart enable from the installed app, or invite-ledger autostart disable");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot read " + userUnit + ": " + e.getMessage());
        }
    }

    private CommandRunner.Result systemctl(String... args) {
        List<String> argv = new ArrayList<>(List.of("systemctl", "--user"));
        argv.addAll(List.of(args));
        return runner.run(argv);
    }
}
