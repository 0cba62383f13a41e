package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchCommandTest {
    private static final Path JAVA_HOME = Path.of("/usr/lib/jvm/java-17");
    private static final Optional<Path> JAR = Optional.of(Path.of("/home/ada/invite-ledger.jar"));

    @Test
    void prefersTheRunningJpackageLauncher() {
        Optional<LaunchCommand> command = LaunchCommand.locate("/home/ada/apps/invite-ledger/bin/invite-ledger",
                Platform.LINUX, JAVA_HOME, JAR, Set.of(LaunchCommand.PACKAGED_LAUNCHER)::contains);

        assertThat(command).map(LaunchCommand::argv).contains(List.of("/home/ada/apps/invite-ledger/bin/invite-ledger", "serve"));
    }

    @Test
    void thenTheLauncherTheDebInstalled() {
        Optional<LaunchCommand> command = LaunchCommand.locate(null, Platform.LINUX, JAVA_HOME, JAR,
                Set.of(LaunchCommand.PACKAGED_LAUNCHER)::contains);

        assertThat(command).map(LaunchCommand::argv).contains(List.of("/opt/invite-ledger/bin/invite-ledger", "serve"));
    }

    @Test
    void thenJavaJarOnTheRunningJar() {
        Optional<LaunchCommand> command = LaunchCommand.locate(" ", Platform.LINUX, JAVA_HOME, JAR, p -> false);

        assertThat(command).map(LaunchCommand::argv)
                .contains(List.of("/usr/lib/jvm/java-17/bin/java", "-jar", "/home/ada/invite-ledger.jar", "serve"));
    }

    @Test
    void withTheBuildsJvmOptionsWhenTheyLieBesideTheJar() {
        Optional<LaunchCommand> command = LaunchCommand.locate(null, Platform.LINUX, JAVA_HOME, JAR,
                Set.of(Path.of("/home/ada/invite-ledger.options"))::contains);

        assertThat(command).map(LaunchCommand::argv).contains(List.of("/usr/lib/jvm/java-17/bin/java",
                "@/home/ada/invite-ledger.options", "-jar", "/home/ada/invite-ledger.jar", "serve"));
    }

    @Test
    void windowsUsesJavawSoNoConsoleStaysOpen() {
        Optional<LaunchCommand> command = LaunchCommand.locate(null, Platform.WINDOWS, JAVA_HOME, JAR, p -> true);

        assertThat(command).map(LaunchCommand::program).contains("/usr/lib/jvm/java-17/bin/javaw.exe");
    }

    @Test
    void theDebLauncherCountsOnLinuxOnly() {
        Optional<LaunchCommand> command = LaunchCommand.locate(null, Platform.MACOS, JAVA_HOME, Optional.empty(), p -> true);

        assertThat(command).isEmpty();
    }

    @Test
    void nothingWhenRunFromClassDirectories() {
        assertThat(LaunchCommand.locate(null, Platform.LINUX, JAVA_HOME, Optional.empty(), p -> false)).isEmpty();
    }
}
