package dev.inviteledger.autostart;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text of {@code Invite Ledger.cmd} in the user's Startup folder: runs the agent at sign-in in a minimised
 * window and restarts it after a failure, at most {@link #MAX_RESTARTS} times, {@link #RESTART_DELAY_SEC} s apart.
 */
public final class WindowsStartupScript {
    public static final String FILE_NAME = "Invite Ledger.cmd";
    static final int MAX_RESTARTS = 5;
    static final int RESTART_DELAY_SEC = 5;

    private WindowsStartupScript() {}

    public static String render(LaunchCommand command) {
        String run = command.argv().stream().map(WindowsStartupScript::quote).collect(Collectors.joining(" "));
        List<String> lines = List.of(
                "@echo off",
                "rem Invite Ledger agent at sign-in. Remove with: invite-ledger autostart disable",
                "rem Re-open this script minimised, so no console window stays in the way.",
                "if not \"%~1\"==\"minimized\" (",
                "  start \"Invite Ledger\" /min \"%ComSpec%\" /c \"\"%~f0\" minimized\"",
                "  exit /b 0",
                ")",
                "set /a tries=0",
                ":run",
                run,
                "if %errorlevel% equ 0 exit /b 0",
                "set /a tries+=1",
                "if %tries% geq " + MAX_RESTARTS + " exit /b 1",
                "timeout /t " + RESTART_DELAY_SEC + " /nobreak >nul",
                "goto run",
                "");
        // cmd.exe expects CRLF line endings
        return String.join("\r\n", lines);
    }

    /** Always quoted; {@code %} doubled so cmd.exe does not expand it. Windows paths cannot contain {@code "}. */
    static String quote(String word) {
        if (word.contains("\"")) {
            throw new IllegalArgumentException("a Windows command word cannot contain a double quote: " + word);
        }
        return '"' + word.replace("%", "%%") + '"';
    }
}
