package dev.inviteledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AutostartAndDoctorCommandTest {
    @TempDir Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void showPrintsTheUnitAPackageShips() {
        int exit = run("autostart", "show", "--platform", "linux", "--launcher", "/opt/invite-ledger/bin/invite-ledger");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("ExecStart=/opt/invite-ledger/bin/invite-ledger serve", "Restart=on-failure");
    }

    @Test
    void showPrintsTheMacAndWindowsEntries() {
        assertThat(run("autostart", "show", "--platform", "macos", "--launcher", "/Applications/Invite Ledger.app/Contents/MacOS/invite-ledger")).isZero();
        assertThat(out.toString()).contains("<string>dev.inviteledger.agent</string>");

        assertThat(run("autostart", "show", "--platform", "WINDOWS", "--launcher", "/x/invite-ledger.exe")).isZero();
        assertThat(out.toString()).contains("@echo off");
    }

    @Test
    void anUnknownPlatformIsAClearError() {
        assertThat(run("autostart", "show", "--platform", "beos", "--launcher", "/x")).isEqualTo(2);
        assertThat(err.toString()).contains("linux", "macos", "windows");
    }

    @Test
    void doctorPrintsOneLinePerCheckAndExitsOneOnlyOnAFailure() throws java.io.IOException {
        int freePort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        int exit = run("doctor", "--data-dir", tmp.toString(), "--port", String.valueOf(freePort));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.subList(0, 7)).extracting(l -> l.substring(7, l.indexOf(':')))
                .containsExactly("port", "data", "database", "schema", "pairing", "versions", "autostart");
        boolean anyFail = lines.stream().anyMatch(l -> l.startsWith("[FAIL]"));
        assertThat(exit).isEqualTo(anyFail ? 1 : 0);
    }
}
