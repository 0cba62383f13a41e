package dev.inviteledger.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema ladder. {@code PRAGMA user_version} holds the version a database is at; each step is one SQL
 * resource applied in its own transaction together with the version bump, so a crash leaves the file at
 * the previous version, never half-way. Steps are only ever appended: a shipped step is never edited.
 */
final class Migrations {
    record Step(int version, String resource) {}

    static final List<Step> STEPS = List.of(
            new Step(1, "V1__initial.sql"),
            new Step(2, "V2__evidence_tokens_signals_indexes.sql"),
            new Step(3, "V3__recent_history_indexes.sql"),
            new Step(4, "V4__last_complete_capture_mark.sql"));

    private Migrations() {}

    static int latest() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the database to {@code target}; refuses a database newer than this code. */
    static void migrate(Connection c, String fileName, int target) throws SQLException {
        int current = userVersion(c);
        if (current > latest()) {
            throw new NewerSchemaException(fileName, current, latest());
        }
        for (Step step : STEPS) {
            if (step.version() <= current || step.version() > target) {
                continue;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(load(step.resource()))) {
                    s.executeUpdate(sql);
                }
                s.executeUpdate("PRAGMA user_version = " + step.version());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw new LedgerException("migration of " + fileName + " to schema version " + step.version()
                        + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String load(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a migration script on ';' at line ends and drops '--' comment lines (our scripts have no triggers). */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
