package dev.inviteledger.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Wrote the committed {@code ledger-v1.sqlite}: the schema exactly as migration 1 creates it, filled with a
 * small history using the statements the version-1 ledger ran (two accounts, captures, pending and closed
 * invitations, a re-send, observations, a withdrawal and an undone one, settings; one name is hostile text).
 * Kept so the fixture can be re-made if a test needs more data; never change what version 1 means.
 * Run: {@code java -cp <test classpath> dev.inviteledger.ledger.V1FixtureWriter target/ledger-v1.sqlite}
 */
public final class V1FixtureWriter {
    private V1FixtureWriter() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Files.deleteIfExists(file);
        try (Database db = Database.openFile(file, 1)) {
            db.write(c -> {
                fill(c);
                return null;
            });
        }
        System.out.println("wrote " + file);
    }

    static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static void fill(Connection c) throws SQLException {
        exec(c, "INSERT INTO accounts (id, name, created_at) VALUES (1, 'default', ?), (2, 'sales-team', ?)",
                ms("2025-06-01T08:00:00Z"), ms("2025-06-02T08:00:00Z"));
        exec(c, "INSERT INTO captures (id, account_id, captured_at, recorded_at, source, url, rows_seen, total_shown,"
                        + " complete, warnings) VALUES"
                        + " (1, 1, ?, ?, 'extension', 'https://www.linkedin.com/mynetwork/invitation-manager/sent/', 3, 3, 1, '[]'),"
                        + " (2, 1, ?, ?, 'extension', 'https://www.linkedin.com/mynetwork/invitation-manager/sent/', 2, 3, 0,"
                        + " '[\"row without age: Grace Example\"]'),"
                        + " (3, 1, ?, ?, 'extension', 'https://www.linkedin.com/mynetwork/invitation-manager/sent/', 2, 2, 1, '[]'),"
                        + " (4, 2, ?, ?, 'replay:fixture.html', NULL, 1, 1, 1, '[]')",
                ms("2025-06-01T09:00:00Z"), ms("2025-06-01T09:00:01Z"),
                ms("2025-06-03T09:00:00Z"), ms("2025-06-03T09:00:01Z"),
                ms("2025-06-06T09:00:00Z"), ms("2025-06-06T09:00:01Z"),
                ms("2025-06-02T10:00:00Z"), ms("2025-06-02T10:00:01Z"));
        String insert = "INSERT INTO invitations (id, account_id, key, name, headline, profile_url, state, sent_earliest,"
                + " sent_latest, first_seen, last_seen, has_note, closed_at, previous_id, resend_count, keep, last_sent_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        exec(c, insert, 1, 1, "in:ada-example", "Ada Example", "Engineer at Example Corp",
                "https://www.linkedin.com/in/ada-example/", "pending", ms("2025-05-20T09:00:00Z"), ms("2025-05-22T09:00:00Z"),
                ms("2025-06-01T09:00:00Z"), ms("2025-06-06T09:00:00Z"), 1, null, null, 0, 1, "Sent 2 weeks ago");
        exec(c, insert, 2, 1, "in:bob-example", "=HYPERLINK(\"http://example.invalid\",\"Bob\")", "<img src=x onerror=alert(1)>",
                "https://www.linkedin.com/in/bob-example/", "closed-unknown", ms("2025-05-28T09:00:00Z"),
                ms("2025-05-29T09:00:00Z"), ms("2025-06-01T09:00:00Z"), ms("2025-06-03T09:00:00Z"), 0,
                ms("2025-06-06T09:00:00Z"), null, 0, 0, "Sent 3 days ago");
        exec(c, insert, 3, 1, "in:carol-example", "Carol Example", "Designer", "https://www.linkedin.com/in/carol-example/",
                "withdrawn", ms("2025-04-01T09:00:00Z"), ms("2025-04-08T09:00:00Z"), ms("2025-06-01T09:00:00Z"),
                ms("2025-06-01T09:00:00Z"), 0, ms("2025-06-02T12:00:00Z"), null, 0, 0, "Sent 2 months ago");
        exec(c, insert, 4, 1, "in:bob-example", "Bob Example", "Founder", "https://www.linkedin.com/in/bob-example/",
                "pending", ms("2025-06-05T09:00:00Z"), ms("2025-06-06T09:00:00Z"), ms("2025-06-06T09:00:00Z"),
                ms("2025-06-06T09:00:00Z"), 1, null, 2, 1, 0, "Sent today");
        exec(c, insert, 5, 2, "in:dan-example", "Dan Example", null, "https://www.linkedin.com/in/dan-example/",
                "pending", null, null, ms("2025-06-02T10:00:00Z"), ms("2025-06-02T10:00:00Z"), 0, null, null, 0, 0, null);
        String obs = "INSERT INTO observations (capture_id, invitation_id, age_min, age_max, sent_text) VALUES (?, ?, ?, ?, ?)";
        exec(c, obs, 1, 1, 7, 13, "Sent 1 week ago");
        exec(c, obs, 1, 2, 3, 3, "Sent 3 days ago");
        exec(c, obs, 1, 3, 60, 89, "Sent 2 months ago");
        exec(c, obs, 2, 1, 14, 20, "Sent 2 weeks ago");
        exec(c, obs, 3, 4, 0, 0, "Sent today");
        exec(c, obs, 4, 5, null, null, null);
        exec(c, "INSERT INTO withdrawals (invitation_id, withdrawn_at, source, recorded_at, undone_at) VALUES"
                        + " (3, ?, 'observed', ?, NULL), (1, ?, 'manual', ?, ?)",
                ms("2025-06-02T12:00:00Z"), ms("2025-06-02T12:00:01Z"),
                ms("2025-06-04T12:00:00Z"), ms("2025-06-04T12:00:01Z"), ms("2025-06-04T12:05:00Z"));
        exec(c, "INSERT INTO settings (key, value) VALUES ('withdrawAfterDays', '21'), ('pendingCap', '500')");
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
