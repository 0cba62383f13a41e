package dev.inviteledger.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryCheckTest {
    @TempDir Path tmp;

    @Test
    void aWritableDirectoryIsOkAndLeftAsItWas() throws IOException {
        CheckResult result = new DataDirectoryCheck(tmp).run();

        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(result.detail()).contains("writable");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void aMissingDirectoryThatCanBeCreatedIsOkAndNotCreated() {
        Path dir = tmp.resolve("a/b/invite-ledger");

        CheckResult result = new DataDirectoryCheck(dir).run();

        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(result.detail()).contains("does not exist yet");
        assertThat(tmp.resolve("a")).doesNotExist();
    }

    @Test
    void aFileInPlaceOfTheDirectoryNeedsAction() throws IOException {
        Path file = Files.writeString(tmp.resolve("invite-ledger"), "x");

        CheckResult result = new DataDirectoryCheck(file).run();

        assertThat(result.level()).isEqualTo(Level.FAIL);
        assertThat(result.detail()).contains("not a directory");
    }

    @Test
    void aDirectoryUnderAFileCannotBeCreated() throws IOException {
        Path file = Files.writeString(tmp.resolve("blocker"), "x");

        CheckResult result = new DataDirectoryCheck(file.resolve("invite-ledger")).run();

        assertThat(result.level()).isEqualTo(Level.FAIL);
        assertThat(result.detail()).contains("cannot be created");
    }

    @Test
    void anUnwritableDirectoryNeedsAction() {
        // /proc refuses new files even to root (CI runs as root, so chmod would not do)
        CheckResult result = new DataDirectoryCheck(Path.of("/proc")).run();

        assertThat(result.level()).isEqualTo(Level.FAIL);
        assertThat(result.detail()).contains("not writable");
        assertThat(result.action()).contains("--data-dir");
    }
}
