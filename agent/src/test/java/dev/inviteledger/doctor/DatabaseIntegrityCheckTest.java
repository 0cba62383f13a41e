package dev.inviteledger.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseIntegrityCheckTest {
    @TempDir Path tmp;

    @Test
    void noLedgerYetIsFineAndDoctorDoesNotCreateOne() {
        Path db = tmp.resolve("ledger.sqlite");

        CheckResult result = new DatabaseIntegrityCheck(db).run();

        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(db).doesNotExist();
    }

    @Test
    void anIntactLedgerIsOk() throws SQLException {
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), 1,
                "CREATE TABLE invitations (key TEXT PRIMARY KEY, name TEXT)",
                "INSERT INTO invitations VALUES ('ada-lovelace', 'Ada Lovelace')");

        CheckResult result = new DatabaseIntegrityCheck(db).run();

        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(result.detail()).contains("intact");
    }

    @Test
    void aFileThatIsNotSqliteNeedsAction() throws IOException {
        Path db = Files.writeString(tmp.resolve("ledger.sqlite"), "this is not a database, just text that is long enough ".repeat(20));

        CheckResult result = new DatabaseIntegrityCheck(db).run();

        assertThat(result.level()).isEqualTo(Level.FAIL);
        assertThat(result.action()).contains("backup");
    }

    @Test
    void aDamagedLedgerNeedsAction() throws SQLException, IOException {
        StringBuilder rows = new StringBuilder("INSERT INTO invitations VALUES ");
        for (int i = 0; i < 2000; i++) {
            rows.append(i == 0 ? "" : ",").append("('person-").append(i).append("', 'Invented Person ").append(i).append("')");
        }
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), 1,
                "CREATE TABLE invitations (key TEXT PRIMARY KEY, name TEXT)",
                "CREATE INDEX by_name ON invitations(name)",
                rows.toString());
        // scribble over the middle of the file, past the header page: b-tree pages no longer add up
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            file.write(new byte[4096]);
        }

        CheckResult result = new DatabaseIntegrityCheck(db).run();

        assertThat(result.level()).isEqualTo(Level.FAIL);
    }
}
