package dev.inviteledger.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .deb, inspected with dpkg-deb without installing it. */
class DebPackageIT {

    @Test
    void controlFieldsNameThePackage() throws IOException {
        String info = Proc.ok(List.of("dpkg-deb", "--info", Artifacts.deb().toString())).out();

        assertThat(info).contains(" Package: invite-ledger\n", " Version: " + Artifacts.version() + "-1\n", " Architecture: amd64\n",
                " Depends: libc6", " Section: net\n");
        assertThat(info).contains("postinst", "prerm", "postrm");
    }

    @Test
    void containsLauncherRuntimeUnitAndExtension() throws IOException {
        String contents = Proc.ok(List.of("dpkg-deb", "--contents", Artifacts.deb().toString())).out();

        assertThat(contents).contains(
                " ./opt/invite-ledger/bin/invite-ledger\n",
                " ./opt/invite-ledger/lib/runtime/lib/server/libjvm.so\n",
                " ./opt/invite-ledger/lib/runtime/lib/modules\n",
                " ./opt/invite-ledger/lib/app/invite-ledger.jar\n",
                " ./opt/invite-ledger/lib/app/invite-ledger.classlist\n",
                " ./opt/invite-ledger/lib/app/extension/invite-ledger-extension-" + Artifacts.version() + ".zip\n",
                " ./opt/invite-ledger/lib/app/extension/README-extension.txt\n",
                " ./usr/lib/systemd/user/invite-ledger.service\n");
        // the archive is made at install time for /opt; one made for the build path would be dead weight
        assertThat(contents).doesNotContain("invite-ledger.jsa");
        assertThat(contents.lines().filter(l -> !l.contains(" root/root ")).toList()).as("owner").isEmpty();
    }

    @Test
    void theUnitStartsTheInstalledLauncherAndRestartsSlowly(@TempDir Path tmp) throws IOException {
        Proc.ok(List.of("dpkg-deb", "--extract", Artifacts.deb().toString(), tmp.toString()));

        String unit = Files.readString(tmp.resolve("usr/lib/systemd/user/invite-ledger.service"));

        assertThat(unit.lines()).contains("ExecStart=/opt/invite-ledger/bin/invite-ledger serve",
                "Restart=on-failure", "RestartSec=5", "StartLimitBurst=5", "WantedBy=default.target");
    }

    @Test
    void maintainerScriptsStopTheAgentAndCleanUp(@TempDir Path tmp) throws IOException {
        Proc.ok(List.of("dpkg-deb", "--control", Artifacts.deb().toString(), tmp.toString()));

        assertThat(Files.readString(tmp.resolve("prerm"))).contains("disable --now \"$UNIT\"", "rm -f /opt/invite-ledger/lib/app/invite-ledger.jsa");
        assertThat(Files.readString(tmp.resolve("postinst"))).contains("-Xshare:dump", "systemctl --user enable --now invite-ledger");
        assertThat(Files.readString(tmp.resolve("postrm"))).contains("remove_enable_links");
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertThat(Proc.run(List.of("sh", "-n", tmp.resolve(script).toString())).exit()).as(script + " parses").isZero();
        }
    }

    @Test
    void fitsTheSizeBudget() throws IOException {
        long bytes = Files.size(Artifacts.deb());
        System.out.printf("[installer-it] %s: %.1f MiB (budget 40 MiB)%n", Artifacts.deb().getFileName(), bytes / (double) Artifacts.MIB);
        assertThat(bytes).isLessThanOrEqualTo(40 * Artifacts.MIB);
    }
}
