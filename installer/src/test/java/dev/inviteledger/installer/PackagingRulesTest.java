package dev.inviteledger.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackagingRulesTest {
    @TempDir Path tmp;

    @Test
    void theLauncherRunsTheAgentWithTheJarsMeasuredOptions() throws IOException {
        Path agentOptions = Path.of(System.getProperty("basedir", ".")).resolve("../agent/src/main/launcher/invite-ledger.options");
        List<String> fromJar = Files.readAllLines(agentOptions).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                // the archive and the sqlite library: the launcher names its own, in the image
                .filter(l -> !l.contains("SharedArchiveFile") && !l.startsWith("-Xshare") && !l.startsWith("-Xlog:cds")
                        && !l.contains("org.sqlite.lib.path"))
                .toList();
        assertThat(BuildImages.RESIDENT_OPTIONS).containsExactlyElementsOf(fromJar);
        assertThat(BuildImages.JAVA_OPTIONS).containsAll(BuildImages.RESIDENT_OPTIONS).containsAll(StartupArchive.JAVA_OPTIONS);
    }

    @ParameterizedTest
    @CsvSource({
            "0.1.0,          linux,   0.1.0",
            "0.1.0-SNAPSHOT, linux,   0.1.0",
            "2.3,            windows, 2.3.0",
            "7,              linux,   7.0.0",
            "0.1.0,          mac,     1.1.0",
            "1.4.2,          mac,     1.4.2",
    })
    void packageVersionIsWhatJpackageAcceptsOnEachSystem(String project, String os, String expected) {
        assertThat(PackageVersion.of(project, os)).isEqualTo(expected);
    }

    @Test
    void aVersionWithoutANumberIsRefused() {
        assertThatThrownBy(() -> PackageVersion.of("dev", "linux")).hasMessageContaining("does not start with a number");
    }

    @Test
    void installedSizeIsReplacedOrAdded() {
        String control = "Package: invite-ledger\nInstalled-Size: 10\nDepends: libc6\n";

        assertThat(DebRepack.withInstalledSize(control, 42)).isEqualTo("Package: invite-ledger\nInstalled-Size: 42\nDepends: libc6\n");
        assertThat(DebRepack.withInstalledSize("Package: x\n", 7)).isEqualTo("Package: x\nInstalled-Size: 7\n");
    }

    @Test
    void installedSizeCountsKibibytesPerFileWithoutTheControlDirectory() throws IOException {
        Files.createDirectories(tmp.resolve("DEBIAN"));
        Files.write(tmp.resolve("DEBIAN/control"), new byte[5000]);
        Files.createDirectories(tmp.resolve("opt/x"));
        Files.write(tmp.resolve("opt/x/a"), new byte[1]);
        Files.write(tmp.resolve("opt/x/b"), new byte[2048]);

        assertThat(DebRepack.installedSizeKiB(tmp)).isEqualTo(1 + 2);
    }

    @Test
    void buildArgumentsAreNameValuePairs() {
        assertThat(BuildImages.parse(new String[] {"--version=0.1.0", "--types="}))
                .containsEntry("version", "0.1.0").containsEntry("types", "");
        assertThatThrownBy(() -> BuildImages.parse(new String[] {"version"})).hasMessageContaining("--name=value");
    }
}
