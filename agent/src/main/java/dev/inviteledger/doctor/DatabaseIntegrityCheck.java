package dev.inviteledger.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** {@code PRAGMA integrity_check} on the ledger, opened read-only. */
public final class DatabaseIntegrityCheck implements Check {
    static final String NAME = "database";
    private static final String RESTORE = "stop the agent, keep a copy of the file, then restore a backup or move the file "
            + "aside so the agent starts a fresh ledger (the history in it is lost)";
    private final Path database;

    public DatabaseIntegrityCheck(Path database) {
        this.database = database;
    }

    @Override
    public CheckResult run() {
        if (!Files.exists(database)) {
            return CheckResult.ok(NAME, "no ledger yet at " + database + "; the agent creates it when it first stores something");
        }
        try (Connection connection = SqliteReadOnly.open(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            List<String> messages = new ArrayList<>();
            while (rows.next()) {
                messages.add(rows.getString(1));
            }
            if (messages.equals(List.of("ok"))) {
                return CheckResult.ok(NAME, database + " is intact (" + sizeText() + ")");
            }
            return CheckResult.fail(NAME, database + " is damaged: " + messages.get(0)
                    + (messages.size() > 1 ? " (and " + (messages.size() - 1) + " more problems)" : ""), RESTORE);
        } catch (SQLException e) {
            return CheckResult.fail(NAME, database + " cannot be read as an SQLite database (" + SqliteReadOnly.reason(e) + ")", RESTORE);
        }
    }

    private String sizeText() {
        try {
            long bytes = Files.size(database);
            return bytes < 1024 * 1024 ? (bytes / 1024) + " KiB" : String.format("%.1f MiB", bytes / (1024.0 * 1024));
        } catch (java.io.IOException e) {
            return "size unknown";
        }
    }
}
