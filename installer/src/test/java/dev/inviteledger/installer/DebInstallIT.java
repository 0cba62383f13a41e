package dev.inviteledger.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the .deb with dpkg on this machine, runs the installed launcher, removes the package and checks it
 * left nothing: not /opt/invite-ledger, not the unit, not a user's enable link. Needs root (CI runs as root).
 */
class DebInstallIT {
    static final Path INSTALLED = Path.of("/opt/invite-ledger");
    static final Path LAUNCHER = INSTALLED.resolve("bin/invite-ledger");
    static final Path UNIT = Path.of("/usr/lib/systemd/user/invite-ledger.service");

    @Test
    void installRunRemoveLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        requireRootAndAFreeSlot();
        // what `systemctl --user enable invite-ledger` leaves in a user's home; the package must clean it up
        Path home = Path.of(System.getProperty("user.home"));
        Path enableLink = home.resolve(".config/systemd/user/default.target.wants/invite-ledger.service");
        Path firstCreated = null; // the highest directory this test creates for the link, removed again at the end
        for (Path d = enableLink.getParent(); d != null && !Files.exists(d); d = d.getParent()) {
            firstCreated = d;
        }
        try {
            Proc.Result install = Proc.run(List.of("dpkg", "--install", Artifacts.deb().toString()));
            System.out.println("[installer-it] dpkg --install:\n" + install.all());
            assertThat(install.exit()).as(install.all()).isZero();
            assertThat(install.out()).contains("systemctl --user enable --now invite-ledger");

            assertThat(Proc.ok(List.of(LAUNCHER.toString(), "--version")).out())
                    .isEqualTo("invite-ledger " + Artifacts.version() + " (API v1)\n");
            assertThat(UNIT).isRegularFile();
            assertThat(INSTALLED.resolve("lib/app/invite-ledger.jsa")).as("start-up archive made by postinst").isRegularFile();
            Proc.Result shared = Proc.run(List.of(LAUNCHER.toString(), "--version"), Map.of("_JAVA_OPTIONS", "-Xshare:on"));
            assertThat(shared.exit()).as("the archive fits /opt: " + shared.all()).isZero();

            try (Agent agent = Agent.start(LAUNCHER, tmp.resolve("data"), tmp.resolve("serve.log"))) {
                System.out.printf("[installer-it] installed serve healthy after %d ms%n", agent.awaitHealthy().after().toMillis());
                String doctor = Proc.run(List.of(LAUNCHER.toString(), "doctor", "--port", String.valueOf(agent.port),
                        "--data-dir", tmp.resolve("data").toString())).out();
                assertThat(doctor).contains("bundled extension", INSTALLED.resolve("lib/app/extension").toString());
            }

            Files.createDirectories(enableLink.getParent());
            Files.createSymbolicLink(enableLink, UNIT);

            Proc.Result remove = Proc.run(List.of("dpkg", "--remove", "invite-ledger"));
            System.out.println("[installer-it] dpkg --remove:\n" + remove.all());
            assertThat(remove.exit()).as(remove.all()).isZero();
            assertThat(remove.all()).doesNotContain("not empty so not removed");

            assertThat(INSTALLED).doesNotExist();
            assertThat(UNIT).doesNotExist();
            assertThat(Files.exists(enableLink, LinkOption.NOFOLLOW_LINKS)).as("user's enable link removed").isFalse();
            assertThat(Proc.run(List.of("dpkg-query", "--show", "--showformat=${db:Status-Status}", "invite-ledger")).out())
                    .isIn("not-installed", "config-files", "");
        } finally {
            Proc.run(List.of("dpkg", "--purge", "invite-ledger"));
            Files.deleteIfExists(enableLink);
            if (firstCreated != null) {
                deleteEmptyUpTo(enableLink.getParent(), firstCreated);
            }
        }
    }

    private static void requireRootAndAFreeSlot() {
        String uid = Proc.run(List.of("id", "-u")).out().strip();
        if (!uid.equals("0")) {
            throw new AssertionError("installing a .deb needs root (CI and the build machine run as root): run mvn -B verify as root");
        }
        String status = Proc.run(List.of("dpkg-query", "--show", "--showformat=${db:Status-Status}", "invite-ledger")).out().strip();
        if (status.equals("installed")) {
            throw new AssertionError("invite-ledger is already installed on this machine; this test would replace and then remove it. "
                    + "Remove it first (dpkg --remove invite-ledger) and run again.");
        }
    }

    /** Deletes {@code dir} and its parents up to and including {@code top}, while they are empty. */
    private static void deleteEmptyUpTo(Path dir, Path top) throws IOException {
        for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }
}
