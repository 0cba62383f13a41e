package dev.inviteledger.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The ledger's schema version ({@code PRAGMA user_version}) against the newest this agent knows. */
public final class SchemaVersionCheck implements Check {
    static final String NAME = "schema";
    private final Path database;
    private final int supported;

    public SchemaVersionCheck(Path database, int supported) {
        this.database = database;
        this.supported = supported;
    }

    @Override
    public CheckResult run() {
        if (!Files.exists(database)) {
            return CheckResult.ok(NAME, "no ledger yet; it will be created at schema v" + supported);
        }
        int version;
        try (Connection connection = SqliteReadOnly.open(database);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            version = row.next() ? row.getInt(1) : 0;
        } catch (SQLException e) {
            return CheckResult.fail(NAME, "cannot read the schema version (" + SqliteReadOnly.reason(e) + ")",
                    "see the database line above");
        }
        if (version == supported) {
            return CheckResult.ok(NAME, "v" + version + ", the version this agent uses");
        }
        if (version < supported) {
            return CheckResult.ok(NAME, "v" + version + "; the agent upgrades it to v" + supported + " when it next starts");
        }
        return CheckResult.fail(NAME, "v" + version + " was written by a newer Invite Ledger; this one knows up to v" + supported,
                "install the newer Invite Ledger again (the ledger is kept as it is)");
    }
}
