package dev.inviteledger.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairingCheckTest {
    @TempDir Path tmp;

    private CheckResult check(Path db) {
        return new PairingCheck(db, 27121).run();
    }

    @Test
    void noLedgerMeansNotPairedYet() {
        CheckResult result = check(tmp.resolve("ledger.sqlite"));

        assertThat(result.level()).isEqualTo(Level.WARN);
        assertThat(result.action()).contains("http://127.0.0.1:27121/settings");
    }

    @Test
    void noTokenTableMeansNotPairedYet() throws SQLException {
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), 1, "CREATE TABLE other (x)");

        assertThat(check(db).level()).isEqualTo(Level.WARN);
    }

    @Test
    void countsTokensThatAreNotRevoked() throws SQLException {
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), 1,
                "CREATE TABLE client_tokens (id INTEGER PRIMARY KEY, origin TEXT, token_hash TEXT, revoked_at TEXT)",
                "INSERT INTO client_tokens (origin, token_hash, revoked_at) VALUES "
                        + "('chrome-extension://mhjnmdodfjeaggedjkkiamebofjnndfi', 'a', NULL), "
                        + "('chrome-extension://mhjnmdodfjeaggedjkkiamebofjnndfi', 'b', '2026-11-01T10:00:00Z')");

        CheckResult result = check(db);

        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(result.detail()).isEqualTo("1 extension is paired");
    }

    @Test
    void scriptTokensAreNotPairedExtensions() throws SQLException {
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), 1,
                "CREATE TABLE client_tokens (id INTEGER PRIMARY KEY, origin TEXT, token_hash TEXT, revoked_at TEXT)",
                "INSERT INTO client_tokens (origin, token_hash) VALUES ('local-script', 'a'), (NULL, 'b'), ('chrome-extension://x', 'c')");

        CheckResult result = check(db);

        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(result.detail()).isEqualTo("1 extension is paired; 2 tokens for scripts");
    }

    @Test
    void onlyScriptTokensMeansNotPaired() throws SQLException {
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), 1,
                "CREATE TABLE client_tokens (id INTEGER PRIMARY KEY, origin TEXT, token_hash TEXT, revoked_at TEXT)",
                "INSERT INTO client_tokens (origin, token_hash) VALUES ('local-script', 'a')");

        CheckResult result = check(db);

        assertThat(result.level()).isEqualTo(Level.WARN);
        assertThat(result.detail()).isEqualTo("no extension paired; 1 token for scripts");
    }

    @Test
    void onlyRevokedTokensMeansNotPaired() throws SQLException {
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), 1,
                "CREATE TABLE client_tokens (id INTEGER PRIMARY KEY, token_hash TEXT, revoked_at TEXT)",
                "INSERT INTO client_tokens (token_hash, revoked_at) VALUES ('b', '2026-11-01T10:00:00Z')");

        assertThat(check(db).level()).isEqualTo(Level.WARN);
    }

    @Test
    void withoutARevocationColumnEveryTokenCounts() throws SQLException {
        Path db = LedgerFiles.create(tmp.resolve("ledger.sqlite"), 1,
                "CREATE TABLE client_tokens (id INTEGER PRIMARY KEY, token_hash TEXT)",
                "INSERT INTO client_tokens (token_hash) VALUES ('a'), ('b')");

        assertThat(check(db).detail()).isEqualTo("2 extensions are paired");
    }
}
