package dev.inviteledger.autostart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsStartupScriptTest {
    private static final LaunchCommand COMMAND = new LaunchCommand(
            List.of("C:\\Users\\ada\\AppData\\Local\\Invite Ledger\\invite-ledger.exe", "serve"), "test");

    @Test
    void usesCrlfLineEndingsThroughout() {
        String script = WindowsStartupScript.render(COMMAND);

        assertThat(script).endsWith("\r\n");
        assertThat(script.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void runsTheQuotedLauncherAndRestartsAFewTimesWithAPause() {
        List<String> lines = WindowsStartupScript.render(COMMAND).lines().toList();

        assertThat(lines).contains(
                "\"C:\\Users\\ada\\AppData\\Local\\Invite Ledger\\invite-ledger.exe\" \"serve\"",
                "if %errorlevel% equ 0 exit /b 0",
                "if %tries% geq 5 exit /b 1",
                "timeout /t 5 /nobreak >nul",
                "goto run");
        assertThat(lines.get(0)).isEqualTo("@echo off");
    }

    @Test
    void relaunchesItselfMinimised() {
        assertThat(WindowsStartupScript.render(COMMAND)).contains("start \"Invite Ledger\" /min");
    }

    @Test
    void doublesPercentSoCmdDoesNotExpandIt() {
        assertThat(WindowsStartupScript.quote("C:\\100%\\x.exe")).isEqualTo("\"C:\\100%%\\x.exe\"");
    }

    @Test
    void refusesAWordWithADoubleQuote() {
        assertThatThrownBy(() -> WindowsStartupScript.quote("C:\\a\"b")).isInstanceOf(IllegalArgumentException.class);
    }
}
