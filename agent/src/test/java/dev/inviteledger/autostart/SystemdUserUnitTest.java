package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SystemdUserUnitTest {

    @Test
    void startsTheLauncherWithServeAndRestartsSlowlyOnFailureOnly() {
        String unit = SystemdUserUnit.render(LaunchCommand.ofLauncher(Path.of("/opt/invite-ledger/bin/invite-ledger"), "test"));

        assertThat(unit.lines()).contains(
                "[Unit]",
                "StartLimitIntervalSec=120",
                "StartLimitBurst=5",
                "[Service]",
                "ExecStart=/opt/invite-ledger/bin/invite-ledger serve",
                "Restart=on-failure",
                "RestartSec=5",
                "SuccessExitStatus=143",
                "Environment=MALLOC_ARENA_MAX=2",
                "[Install]",
                "WantedBy=default.target");
        assertThat(unit).endsWith("\n").doesNotContain("Restart=always");
    }

    @Test
    void startLimitIsInTheUnitSectionWhereSystemdReadsIt() {
        String unit = SystemdUserUnit.render(LaunchCommand.ofLauncher(Path.of("/x"), "test"));

        assertThat(unit.indexOf("StartLimitBurst")).isBetween(unit.indexOf("[Unit]"), unit.indexOf("[Service]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "/opt/invite-ledger/bin/invite-ledger | /opt/invite-ledger/bin/invite-ledger",
            "serve                                | serve",
            "'/home/ada/My Apps/invite-ledger'    | '\"/home/ada/My Apps/invite-ledger\"'",
            "/home/ada/100%/x                     | /home/ada/100%%/x",
            "/home/ada/$HOME/x                    | /home/ada/$$HOME/x",
            "'/a \"b\"/c'                         | '\"/a \\\"b\\\"/c\"'",
            "'/a\\b c'                            | '\"/a\\\\b c\"'",
    })
    void quotesExecStartWords(String word, String expected) {
        assertThat(SystemdUserUnit.quote(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "/opt/invite-ledger/bin/invite-ledger",
            "'/home/ada/My Apps/invite-ledger'",
            "/home/ada/100%/$x",
            "'/a \"b\"/c\\d e'",
    })
    void programIsReadBackFromTheRenderedUnit(String program) {
        String unit = SystemdUserUnit.render(LaunchCommand.ofLauncher(Path.of(program), "test"));

        assertThat(SystemdUserUnit.program(unit)).contains(program);
    }

    @Test
    void noProgramWithoutExecStart() {
        assertThat(SystemdUserUnit.program("[Unit]\nDescription=x\n")).isEmpty();
    }
}
