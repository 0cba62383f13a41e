package dev.inviteledger.extension.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the E2E suite finds its parts; set by extension/pom.xml, with defaults for an IDE run. */
final class E2eSettings {
    static final String EXTENSION_ID = "mhjnmdodfjeaggedjkkiamebofjnndfi";

    private E2eSettings() {}

    static Path extensionDir() {
        Path dir = path("inviteledger.extensionDir", "src/main/extension");
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            fail("No extension at " + dir + " (manifest.json missing).");
        }
        return dir;
    }

    /** The real agent, built by the reactor before this module (it depends on the agent artifact). */
    static Path agentJar() {
        Path jar = path("inviteledger.agentJar", "../agent/target/invite-ledger.jar");
        if (!Files.isRegularFile(jar)) {
            fail("The agent jar " + jar + " does not exist: build it first with `mvn -B -pl agent -am -DskipTests package` (or run `mvn -B verify` from the root).");
        }
        return jar;
    }

    /** Debian's Chromium; a missing browser fails the suite (it never skips). */
    static Path chromium() {
        Path exe = path("inviteledger.chromium", "/usr/bin/chromium");
        if (!Files.isExecutable(exe)) {
            fail("Chromium is not installed at " + exe + ": install it with `apt-get update && apt-get install -y chromium chromium-driver` (.ci/run does this on a fresh machine).");
        }
        return exe;
    }

    static Path screenshots() {
        return path("inviteledger.screenshots", "target/screenshots");
    }

    static Path workDir() {
        return screenshots().getParent().resolve("e2e");
    }

    private static Path path(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }
}
