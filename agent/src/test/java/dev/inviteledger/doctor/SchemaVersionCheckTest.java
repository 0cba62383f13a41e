package dev.inviteledger.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaVersionCheckTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @CsvSource({
            "3, 3, OK,   the version this agent uses",
            "2, 3, OK,   upgrades it to v3",
            "0, 3, OK,   upgrades it to v3",
            "4, 3, FAIL, newer Invite Ledger",
    })
    void comparesUserVersionWithWhatTheCodeSupports(int onDisk, int supported, Level level, String words) throws SQLException {
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), onDisk, "CREATE TABLE t (x)");

        CheckResult result = new SchemaVersionCheck(db, supported).run();

        assertThat(result.level()).isEqualTo(level);
        assertThat(result.detail()).contains(words);
    }

    @ParameterizedTest
    @CsvSource({"3"})
    void noLedgerYetIsFine(int supported) {
        assertThat(new SchemaVersionCheck(tmp.resolve("none.sqlite"), supported).run().level()).isEqualTo(Level.OK);
    }
}
