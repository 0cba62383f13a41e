package dev.inviteledger.autostart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The command line that starts the agent ({@code ... serve}), as an autostart entry should run it.
 *
 * @param argv program and arguments, program first
 * @param source in plain words, where the program was found (shown by {@code autostart status})
 */
public record LaunchCommand(List<String> argv, String source) {

    /** Where the .deb installs the launcher. */
    public static final Path PACKAGED_LAUNCHER = Path.of("/opt/invite-ledger/bin/invite-ledger");

    public LaunchCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a launch command needs a program");
        }
    }

    public String program() {
        return argv.get(0);
    }

    /** The JVM options file the agent's build writes beside the jar ({@code java @file}: the launcher reads it). */
    static final String JAVA_OPTIONS_FILE = "invite-ledger.options";

    /** {@code launcher serve}: a jpackage launcher given explicitly (packagers, {@code --launcher}). */
    public static LaunchCommand ofLauncher(Path launcher, String source) {
        return new LaunchCommand(List.of(launcher.toString(), "serve"), source);
    }

    /**
     * Finds how this copy of the agent is started, in order of preference: the jpackage launcher that is
     * running us ({@code jpackage.app-path}), the launcher the .deb installed, else {@code java -jar} on the
     * jar we run from. Pure: the facts are inputs.
     *
     * @param appPathProperty value of the {@code jpackage.app-path} system property, or null
     * @param javaHome {@code java.home} of the running JVM
     * @param runningJar the jar this class was loaded from, if it was loaded from a jar
     * @param exists file-existence test (tests pass a fake)
     */
    public static Optional<LaunchCommand> locate(String appPathProperty, Platform platform, Path javaHome,
                                                 Optional<Path> runningJar, Predicate<Path> exists) {
        if (appPathProperty != null && !appPathProperty.isBlank()) {
            return Optional.of(ofLauncher(Path.of(appPathProperty), "the running Invite Ledger app"));
        }
        if (platform == Platform.LINUX && exists.test(PACKAGED_LAUNCHER)) {
            return Optional.of(ofLauncher(PACKAGED_LAUNCHER, "the installed package"));
        }
        if (runningJar.isPresent()) {
            String javaExe = platform == Platform.WINDOWS ? "javaw.exe" : "java";
            Path jar = runningJar.get().toAbsolutePath();
            List<String> argv = new ArrayList<>(List.of(javaHome.resolve("bin").resolve(javaExe).toString()));
            // the build's measured JVM options (and start-up archive) beside the jar, as the README runs it
            Path options = jar.resolveSibling(JAVA_OPTIONS_FILE);
            if (exists.test(options)) {
                argv.add("@" + options);
            }
            argv.addAll(List.of("-jar", jar.toString(), "serve"));
            return Optional.of(new LaunchCommand(argv, "java -jar on " + runningJar.get().getFileName()));
        }
        return Optional.empty();
    }

    /** {@link #locate} with the facts of this JVM. */
    public static Optional<LaunchCommand> forThisProcess() {
        return locate(System.getProperty("jpackage.app-path"), Platform.current(),
                Path.of(System.getProperty("java.home")), RunningJar.find(), java.nio.file.Files::isRegularFile);
    }
}
