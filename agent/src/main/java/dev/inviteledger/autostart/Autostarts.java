package dev.inviteledger.autostart;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Picks the autostart mechanism and its paths for a platform. */
public final class Autostarts {
    static final String NO_LAUNCHER = "Cannot tell how to start the agent from here: run this command from the "
            + "installed app (invite-ledger), an unpacked app-image, or java -jar invite-ledger.jar — or pass --launcher PATH.";
    static final Path SYSTEM_USER_UNIT_DIR = Path.of("/usr/lib/systemd/user");

    private Autostarts() {}

    /** Pure: the platform, the environment and the home directory are inputs. */
    public static Autostart of(Platform platform, Map<String, String> env, Path home,
                               Optional<LaunchCommand> command, CommandRunner runner) {
        return switch (platform) {
            case LINUX -> new SystemdAutostart(absoluteOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")),
                    SYSTEM_USER_UNIT_DIR, command, runner);
            case MACOS -> new MacLaunchAgent(home, command);
            case WINDOWS -> new WindowsStartupEntry(
                    absoluteOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming")), command);
        };
    }

    /** The mechanism of this machine, starting this copy of the agent (or {@code launcher serve} if given). */
    public static Autostart forThisMachine(Optional<Path> launcher) {
        Optional<LaunchCommand> command = launcher.isPresent()
                ? Optional.of(LaunchCommand.ofLauncher(launcher.get().toAbsolutePath(), "--launcher"))
                : LaunchCommand.forThisProcess();
        return of(Platform.current(), System.getenv(), Path.of(System.getProperty("user.home")), command,
                new ProcessCommandRunner());
    }

    /** XDG rule: a relative value is invalid and ignored. */
    private static Path absoluteOr(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }
}
