package dev.inviteledger.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionsCheckTest {
    @TempDir Path appDir;

    private Path zip(String name, String entry, String content) throws IOException {
        Path zip = Files.createDirectories(appDir.resolve("extension")).resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void reportsTheBundledExtensionVersionFromItsManifest() throws IOException {
        zip("invite-ledger-extension-1.2.0.zip", "manifest.json", "{\"manifest_version\":3,\"version\":\"1.2.0\"}");

        Optional<Path> found = BundledExtension.find(appDir);
        CheckResult result = new VersionsCheck("1.2.0", found).run();

        assertThat(found).isPresent();
        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(result.detail()).startsWith("agent 1.2.0 (API v1), bundled extension 1.2.0");
    }

    @Test
    void noZipNextToTheAppMeansNotBundled() {
        Optional<Path> found = BundledExtension.find(appDir);

        assertThat(found).isEmpty();
        assertThat(new VersionsCheck("1.2.0", found).run().detail()).contains("extension: not bundled");
    }

    @Test
    void aZipWithoutAManifestIsAWarning() throws IOException {
        Path zip = zip("invite-ledger-extension-1.2.0.zip", "popup.html", "<p>hi</p>");

        CheckResult result = new VersionsCheck("1.2.0", Optional.of(zip)).run();

        assertThat(result.level()).isEqualTo(Level.WARN);
        assertThat(result.detail()).contains("no manifest.json");
    }

    @Test
    void otherZipsAreNotTheExtension() throws IOException {
        zip("something-else.zip", "manifest.json", "{\"version\":\"9\"}");

        assertThat(BundledExtension.find(appDir)).isEmpty();
    }
}
