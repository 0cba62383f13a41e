package dev.inviteledger.cli;

import dev.inviteledger.config.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code invite-ledger.jar}: one picocli command per job. */
@Command(name = "invite-ledger",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Read-only hygiene for LinkedIn's Sent invitations: a local ledger, classification and a paced withdrawal plan.",
        subcommands = {
                ReplayCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                AutostartCommand.class,
                DoctorCommand.class,
                TokenCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::handleFailure);
    }

    /** Expected failures (bad file, bad policy value) print one line and exit 1; anything else is a bug. */
    private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof CliException) {
            cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
            cmd.getErr().flush();
            return 1;
        }
        throw e;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"invite-ledger " + AppInfo.version() + " (API v" + AppInfo.API_VERSION + ")"};
        }
    }
}
