package dev.inviteledger.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NativeTrimTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @CsvSource({
            "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so, true",
            "org/sqlite/native/Linux/x86_64/,                 true",
            "org/sqlite/native/Linux/,                        true",
            "org/sqlite/native/,                              true",
            "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so, false",
            "org/sqlite/native/Linux-Musl/x86_64/libsqlitejdbc.so, false",
            "org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib, false",
            "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll, false",
            "org/sqlite/native/Linux/x86/,                    false",
            "org/sqlite/SQLiteConnection.class,               true",
            "META-INF/MANIFEST.MF,                            true",
    })
    void keepsOnlyTheNativeFolderOfThisPlatform(String entry, boolean kept) {
        assertThat(NativeTrim.keep(entry, "Linux/x86_64")).isEqualTo(kept);
    }

    @Test
    void copiesEverythingElseByteForByte() throws IOException {
        Path jar = jar("META-INF/MANIFEST.MF", "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
                "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib", "dev/inviteledger/cli/Main.class");

        int kept = NativeTrim.copy(jar, tmp.resolve("out/trimmed.jar"), "Linux/x86_64");

        assertThat(kept).isEqualTo(1);
        try (ZipFile out = new ZipFile(tmp.resolve("out/trimmed.jar").toFile())) {
            assertThat(out.stream().map(ZipEntry::getName).toList()).containsExactly(
                    "META-INF/MANIFEST.MF", "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so", "dev/inviteledger/cli/Main.class");
            assertThat(new String(out.getInputStream(out.getEntry("dev/inviteledger/cli/Main.class")).readAllBytes()))
                    .isEqualTo("content of dev/inviteledger/cli/Main.class");
        }
    }

    @Test
    void extractsTheNativeOfThisPlatformAsAFile() throws IOException {
        Path jar = jar("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so", "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib");

        List<String> names = NativeTrim.extract(jar, "Linux/x86_64", tmp.resolve("native/Linux/x86_64"));

        assertThat(names).containsExactly("libsqlitejdbc.so");
        assertThat(tmp.resolve("native/Linux/x86_64/libsqlitejdbc.so"))
                .hasContent("content of org/sqlite/native/Linux/x86_64/libsqlitejdbc.so");
        assertThat(tmp.resolve("native/Mac")).doesNotExist();
    }

    @Test
    void refusesAJarWithoutTheNativeForThisPlatform() throws IOException {
        Path jar = jar("org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib");

        assertThatThrownBy(() -> NativeTrim.copy(jar, tmp.resolve("trimmed.jar"), "Linux/x86_64"))
                .hasMessageContaining("sqlite-jdbc would not load");
        assertThat(tmp.resolve("trimmed.jar")).doesNotExist();
    }

    private Path jar(String... entries) throws IOException {
        Path jar = tmp.resolve("in.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String name : List.of(entries)) {
                out.putNextEntry(new ZipEntry(name));
                out.write(("content of " + name).getBytes());
                out.closeEntry();
            }
        }
        return jar;
    }
}
