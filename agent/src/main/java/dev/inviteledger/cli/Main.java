package dev.inviteledger.cli;

import dev.inviteledger.config.AppInfo;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code invite-ledger.jar}: one picocli command per job. */
@Command(name = "invite-ledger",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Read-only hygiene for LinkedIn's Sent invitations: a local ledger, classification and a paced withdrawal plan.")
public final class Main implements Runnable {

    /** The subcommands, in the order the help lists them (registered in {@link #commandLine(String...)}). */
    static final List<Class<?>> SUBCOMMANDS = List.of(ReplayCommand.class, ImportCommand.class, ExportCommand.class,
            ServeCommand.class, AutostartCommand.class, DoctorCommand.class, TokenCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The configured command line with every subcommand, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: when the first one names a subcommand, only that subcommand is
     * registered. picocli builds the model of every registered command (annotations read by reflection,
     * options, mixins, help) before parsing — about a tenth of the agent's start-up CPU for seven commands —
     * and a process runs one. Anything else (no arguments, {@code help}, {@code --help}, a typo) gets all of
     * them, so help and "unknown command" messages list every command.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> only = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
        for (Class<?> subcommand : only == null ? SUBCOMMANDS : List.of(only)) {
            cli.addSubcommand(subcommand);
        }
        // set after registration: picocli passes these settings only to the subcommands registered by then
        return cli.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(Main::handleFailure);
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
