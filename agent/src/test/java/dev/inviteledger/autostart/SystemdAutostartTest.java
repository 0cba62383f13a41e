package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemdAutostartTest {
    @TempDir Path tmp;
    Path configHome;
    Path systemUnitDir;
    Path launcher;
    Path userUnit;
    Path wantsLink;

    @BeforeEach
    void setUp() throws IOException {
        configHome = tmp.resolve("config");
        systemUnitDir = Files.createDirectories(tmp.resolve("usr-lib-systemd-user"));
        launcher = Files.createDirectories(tmp.resolve("app/bin")).resolve("invite-ledger");
        Files.writeString(launcher, "#!/bin/sh\n");
        userUnit = configHome.resolve("systemd/user/invite-ledger.service");
        wantsLink = configHome.resolve("systemd/user/default.target.wants/invite-ledger.service");
    }

    private SystemdAutostart autostart(CommandRunner runner) {
        return new SystemdAutostart(configHome, systemUnitDir, Optional.of(LaunchCommand.ofLauncher(launcher, "test")), runner);
    }

    @Test
    void enableWritesTheUnitThenReloadsAndEnablesItNow() throws IOException {
        FakeRunner runner = new FakeRunner();

        AutostartOutcome outcome = autostart(runner).enable();

        assertThat(outcome.userActionNeeded()).isFalse();
        assertThat(Files.readString(userUnit)).contains("ExecStart=" + launcher + " serve");
        assertThat(runner.commands()).containsExactly(
                "systemctl --user daemon-reload",
                "systemctl --user enable --now invite-ledger.service");
        assertThat(String.join("\n", outcome.lines())).contains("Autostart is on");
    }

    @Test
    void withoutAUserSessionEnableStillWritesTheUnitAndSaysWhatToRun() throws IOException {
        AutostartOutcome outcome = autostart(FakeRunner.noUserBus()).enable();

        assertThat(outcome.userActionNeeded()).isTrue();
        assertThat(userUnit).exists();
        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line)
                .contains("systemctl --user daemon-reload && systemctl --user enable --now invite-ledger.service"));
        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line).contains("No medium found"));
    }

    @Test
    void withoutSystemctlEnableSaysWhatToRun() throws IOException {
        AutostartOutcome outcome = autostart(FakeRunner.noSystemctl()).enable();

        assertThat(outcome.userActionNeeded()).isTrue();
        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line).contains("systemctl --user enable --now"));
    }

    @Test
    void aFailingEnableIsReportedNotHidden() throws IOException {
        FakeRunner runner = new FakeRunner().answer("enable --now invite-ledger.service", 1, "");

        AutostartOutcome outcome = autostart(runner).enable();

        assertThat(outcome.userActionNeeded()).isTrue();
    }

    @Test
    void theDebLauncherEnablesThePackagedUnitWithoutACopy() throws IOException {
        Files.writeString(systemUnitDir.resolve("invite-ledger.service"), "[Service]\n");
        FakeRunner runner = new FakeRunner();
        SystemdAutostart autostart = new SystemdAutostart(configHome, systemUnitDir,
                Optional.of(LaunchCommand.ofLauncher(LaunchCommand.PACKAGED_LAUNCHER, "test")), runner);

        AutostartOutcome outcome = autostart.enable();

        assertThat(outcome.userActionNeeded()).isFalse();
        assertThat(userUnit).doesNotExist();
        assertThat(autostart.entryFile()).isEqualTo(systemUnitDir.resolve("invite-ledger.service"));
        assertThat(runner.commands()).contains("systemctl --user enable --now invite-ledger.service");
    }

    @Test
    void enableWithoutALauncherChangesNothingAndSaysWhy() throws IOException {
        SystemdAutostart autostart = new SystemdAutostart(configHome, systemUnitDir, Optional.empty(), new FakeRunner());

        AutostartOutcome outcome = autostart.enable();

        assertThat(outcome.userActionNeeded()).isTrue();
        assertThat(outcome.lines().get(0)).contains("--launcher");
        assertThat(configHome).doesNotExist();
    }

    @Test
    void disableAfterEnableLeavesNoTrace() throws IOException {
        FakeRunner runner = new FakeRunner();
        autostart(runner).enable();
        simulateSystemctlEnableLink();

        AutostartOutcome outcome = autostart(runner).disable();

        assertThat(outcome.userActionNeeded()).isFalse();
        assertThat(runner.commands()).contains("systemctl --user disable --now invite-ledger.service");
        assertThat(configHome).isEmptyDirectory();
    }

    @Test
    void disableKeepsOtherUnitsAndTheirDirectories() throws IOException {
        autostart(new FakeRunner()).enable();
        Path other = Files.writeString(configHome.resolve("systemd/user/other.service"), "[Service]\n");

        autostart(new FakeRunner()).disable();

        assertThat(other).exists();
        assertThat(userUnit).doesNotExist();
    }

    @Test
    void withoutAUserSessionDisableRemovesTheFilesAndTheEnableLinkByHand() throws IOException {
        autostart(FakeRunner.noUserBus()).enable();
        simulateSystemctlEnableLink();

        AutostartOutcome outcome = autostart(FakeRunner.noUserBus()).disable();

        assertThat(outcome.userActionNeeded()).isFalse();
        assertThat(configHome).isEmptyDirectory();
        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line).contains("not reachable"));
    }

    @Test
    void disableWhenNothingWasEnabledSaysSo() throws IOException {
        AutostartOutcome outcome = autostart(FakeRunner.noUserBus()).disable();

        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line).contains("not reachable"));
        assertThat(autostart(new FakeRunner()).disable().lines()).containsExactly("Autostart was not on; nothing to remove.");
    }

    @Test
    void disableNeverTouchesThePackagedUnit() throws IOException {
        Path packaged = Files.writeString(systemUnitDir.resolve("invite-ledger.service"), "[Service]\n");

        AutostartOutcome outcome = autostart(new FakeRunner()).disable();

        assertThat(packaged).exists();
        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line).contains("removing the package removes it"));
    }

    @Test
    void statusAsksSystemdWhenItCan() throws IOException {
        autostart(new FakeRunner()).enable();
        FakeRunner runner = new FakeRunner()
                .answer("is-enabled invite-ledger.service", 0, "enabled\n")
                .answer("is-active invite-ledger.service", 0, "active\n");

        AutostartStatus status = autostart(runner).status();

        assertThat(status.entry()).isEqualTo(userUnit);
        assertThat(status.enabled()).isEqualTo(Answer.YES);
        assertThat(status.running()).isEqualTo(Answer.YES);
        assertThat(status.problem()).isEmpty();
    }

    @Test
    void statusReportsAFailedUnit() throws IOException {
        autostart(new FakeRunner()).enable();
        FakeRunner runner = new FakeRunner()
                .answer("is-enabled invite-ledger.service", 0, "enabled\n")
                .answer("is-active invite-ledger.service", 3, "failed\n");

        AutostartStatus status = autostart(runner).status();

        assertThat(status.running()).isEqualTo(Answer.NO);
        assertThat(status.note()).contains("journalctl --user -u invite-ledger.service");
    }

    @Test
    void statusFallsBackToTheFilesWithoutAUserSession() throws IOException {
        autostart(FakeRunner.noUserBus()).enable();
        assertThat(autostart(FakeRunner.noUserBus()).status().enabled()).isEqualTo(Answer.NO);

        simulateSystemctlEnableLink();
        AutostartStatus status = autostart(FakeRunner.noUserBus()).status();

        assertThat(status.enabled()).isEqualTo(Answer.YES);
        assertThat(status.running()).isEqualTo(Answer.UNKNOWN);
        assertThat(status.note()).contains("not reachable");
    }

    @Test
    void statusSaysWhenOnlyTheFilesCouldBeAsked() throws IOException {
        autostart(new FakeRunner()).enable();
        FakeRunner runner = FakeRunner.noUserBus().answer("is-enabled invite-ledger.service", 1, "disabled\n");

        AutostartStatus status = autostart(runner).status();

        assertThat(status.enabled()).isEqualTo(Answer.NO);
        assertThat(status.running()).isEqualTo(Answer.UNKNOWN);
        assertThat(status.note()).contains("not reachable", "No medium found");
    }

    @Test
    void statusWithNothingInstalledIsOffWithoutAskingSystemd() {
        FakeRunner runner = new FakeRunner();

        AutostartStatus status = autostart(runner).status();

        assertThat(status.entryPresent()).isFalse();
        assertThat(status.enabled()).isEqualTo(Answer.NO);
        assertThat(runner.calls).isEmpty();
    }

    @Test
    void statusFlagsAUnitWhoseLauncherIsGone() throws IOException {
        autostart(new FakeRunner()).enable();
        Files.delete(launcher);

        AutostartStatus status = autostart(FakeRunner.noUserBus()).status();

        assertThat(status.problem()).hasValueSatisfying(p -> assertThat(p).contains(launcher.toString()).contains("no longer exists"));
    }

    @Test
    void statusFlagsALeftoverEnableLink() throws IOException {
        simulateSystemctlEnableLink();

        assertThat(autostart(FakeRunner.noUserBus()).status().problem()).isPresent();
    }

    /** What {@code systemctl --user enable} does on disk, for runs where the fake stands in for it. */
    private void simulateSystemctlEnableLink() throws IOException {
        Files.createDirectories(wantsLink.getParent());
        Files.createSymbolicLink(wantsLink, userUnit);
    }

    @Test
    void enableReplacesAnOlderUnitWholly() throws IOException {
        Files.createDirectories(userUnit.getParent());
        Files.writeString(userUnit, "stale");

        autostart(new FakeRunner()).enable();

        assertThat(Files.readString(userUnit)).startsWith("# Invite Ledger agent");
        try (Stream<Path> files = Files.list(userUnit.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("invite-ledger.service"));
        }
    }
}
