package dev.inviteledger.doctor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Real SQLite files for the database checks. */
final class LedgerFiles {
    private LedgerFiles() {}

    static Path create(Path file, int userVersion, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + userVersion);
        }
        return file;
    }
}
