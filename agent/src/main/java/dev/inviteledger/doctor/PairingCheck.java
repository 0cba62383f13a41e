package dev.inviteledger.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** How many extensions hold a live token ({@code client_tokens}), i.e. whether pairing happened. */
public final class PairingCheck implements Check {
    static final String NAME = "pairing";
    private final Path database;
    private final int port;

    public PairingCheck(Path database, int port) {
        this.database = database;
        this.port = port;
    }

    @Override
    public CheckResult run() {
        String pair = "pair it: open the extension's popup, note the code, approve the same code on http://127.0.0.1:" + port + "/settings";
        if (!Files.exists(database)) {
            return CheckResult.warn(NAME, "no extension paired yet (no ledger)", pair);
        }
        try (Connection connection = SqliteReadOnly.open(database)) {
            if (!tableExists(connection, "client_tokens")) {
                return CheckResult.warn(NAME, "no extension paired yet", pair);
            }
            int active = activeTokens(connection);
            if (active == 0) {
                return CheckResult.warn(NAME, "no extension paired (no active token)", pair);
            }
            return CheckResult.ok(NAME, active + (active == 1 ? " extension is" : " extensions are") + " paired");
        } catch (SQLException e) {
            return CheckResult.fail(NAME, "cannot read the pairing table (" + SqliteReadOnly.reason(e) + ")",
                    "see the database line above");
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Tokens not revoked; a schema without a revocation column counts every token. */
    private static int activeTokens(Connection connection) throws SQLException {
        boolean hasRevokedAt = false;
        try (Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("PRAGMA table_info(client_tokens)")) {
            while (columns.next()) {
                hasRevokedAt |= "revoked_at".equals(columns.getString("name"));
            }
        }
        String sql = "SELECT count(*) FROM client_tokens" + (hasRevokedAt ? " WHERE revoked_at IS NULL" : "");
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }
}
