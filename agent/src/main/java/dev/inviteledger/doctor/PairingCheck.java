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
            Tokens tokens = activeTokens(connection);
            String scripts = tokens.others() == 0 ? ""
                    : "; " + tokens.others() + " token" + (tokens.others() == 1 ? "" : "s") + " for scripts";
            if (tokens.extensions() == 0) {
                return CheckResult.warn(NAME, "no extension paired" + scripts, pair);
            }
            return CheckResult.ok(NAME, tokens.extensions() + (tokens.extensions() == 1 ? " extension is" : " extensions are")
                    + " paired" + scripts);
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

    record Tokens(int extensions, int others) {}

    /**
     * Tokens not revoked, split into extension tokens (bound to a chrome-extension:// origin) and the rest
     * (scripts' tokens). A schema without these columns counts every token as an extension's.
     */
    private static Tokens activeTokens(Connection connection) throws SQLException {
        boolean hasRevokedAt = false;
        boolean hasOrigin = false;
        try (Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("PRAGMA table_info(client_tokens)")) {
            while (columns.next()) {
                hasRevokedAt |= "revoked_at".equals(columns.getString("name"));
                hasOrigin |= "origin".equals(columns.getString("name"));
            }
        }
        String extension = hasOrigin ? "coalesce(origin, '') LIKE 'chrome-extension://%'" : "1";
        String sql = "SELECT coalesce(sum(" + extension + "), 0), count(*) FROM client_tokens"
                + (hasRevokedAt ? " WHERE revoked_at IS NULL" : "");
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            int extensions = row.getInt(1);
            return new Tokens(extensions, row.getInt(2) - extensions);
        }
    }
}
