package dev.inviteledger.cli;

import dev.inviteledger.autostart.Autostart;
import dev.inviteledger.autostart.AutostartOutcome;
import dev.inviteledger.autostart.AutostartStatus;
import dev.inviteledger.autostart.Autostarts;
import dev.inviteledger.autostart.LaunchCommand;
import dev.inviteledger.autostart.Platform;
import dev.inviteledger.autostart.ProcessCommandRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autostart enable|disable|status|show}: start the agent with the user's session, or stop doing so. */
@Command(name = "autostart",
        description = "Start the agent with your session (Linux: systemd user unit; macOS: LaunchAgent; "
                + "Windows: Startup folder), or stop doing so. 'disable' removes everything 'enable' created.",
        subcommands = {AutostartCommand.Enable.class, AutostartCommand.Disable.class,
                AutostartCommand.Status.class, AutostartCommand.Show.class})
final class AutostartCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Shared by the subcommands that act on this machine. */
    static class LauncherOption {
        @Option(names = "--launcher", paramLabel = "PATH",
                description = "Start this launcher (PATH serve) instead of the copy of Invite Ledger you are running.")
        Path launcher;
    }

    @Command(name = "enable", description = "Start the agent now and at every login; restart it after a crash (not in a tight loop). "
            + "Exits 1 if you still have to run a command it prints.")
    static final class Enable implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin LauncherOption launcher = new LauncherOption();

        @Override
        public Integer call() {
            return apply(spec, Autostarts.forThisMachine(Optional.ofNullable(launcher.launcher)), true);
        }
    }

    @Command(name = "disable", description = "Stop starting the agent at login and remove every file 'enable' created.")
    static final class Disable implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return apply(spec, Autostarts.forThisMachine(Optional.empty()), false);
        }
    }

    @Command(name = "status", description = "Say whether autostart is on, and whether the agent runs now. Exits 1 if the entry is broken.")
    static final class Status implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            AutostartStatus status = Autostarts.forThisMachine(Optional.empty()).status();
            PrintWriter out = spec.commandLine().getOut();
            status.lines().forEach(out::println);
            out.flush();
            return status.problem().isPresent() ? 1 : 0;
        }
    }

    @Command(name = "show", description = "Print the entry file 'enable' would write (packagers use it with --platform and --launcher).")
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin LauncherOption launcher = new LauncherOption();

        @Option(names = "--platform", paramLabel = "OS", description = "linux, macos or windows (default: this machine).")
        Platform platform;

        @Override
        public Integer call() {
            Platform target = platform != null ? platform : Platform.current();
            Optional<LaunchCommand> command = launcher.launcher != null
                    ? Optional.of(LaunchCommand.ofLauncher(launcher.launcher, "--launcher"))
                    : LaunchCommand.forThisProcess();
            Autostart autostart = Autostarts.of(target, System.getenv(), Path.of(System.getProperty("user.home")),
                    command, new ProcessCommandRunner());
            if (command.isEmpty()) {
                spec.commandLine().getErr().println("autostart show: cannot tell how this copy is started; pass --launcher PATH.");
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(autostart.entryText());
            out.flush();
            return 0;
        }
    }

    private static int apply(CommandSpec spec, Autostart autostart, boolean enable) {
        try {
            AutostartOutcome outcome = enable ? autostart.enable() : autostart.disable();
            PrintWriter out = spec.commandLine().getOut();
            outcome.lines().forEach(out::println);
            out.flush();
            return outcome.userActionNeeded() ? 1 : 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("autostart: could not change " + autostart.entryFile() + ": " + e.getMessage());
            return 1;
        }
    }
}
