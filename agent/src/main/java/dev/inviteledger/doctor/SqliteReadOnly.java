package dev.inviteledger.doctor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Read-only connections for doctor: it looks at the ledger, it never creates, migrates or changes it. */
final class SqliteReadOnly {
    private static final int BUSY_TIMEOUT_MS = 3_000;

    private SqliteReadOnly() {}

    static Connection open(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE); // never create a missing file
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
    }

    /** A short, single-line reason from a JDBC error. */
    static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
