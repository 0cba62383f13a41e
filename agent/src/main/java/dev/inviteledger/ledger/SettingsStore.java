package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** Raw settings: key → JSON text. The policy package parses and validates the values. */
final class SettingsStore {
    private SettingsStore() {}

    static Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM settings"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Upserts every entry; a null value removes the key. */
    static void put(Connection c, Map<String, String> values) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
             PreparedStatement del = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getKey() == null || e.getKey().isBlank()) {
                    throw new IllegalArgumentException("a setting needs a name");
                }
                if (e.getValue() == null) {
                    del.setString(1, e.getKey());
                    del.addBatch();
                } else {
                    up.setString(1, e.getKey());
                    up.setString(2, e.getValue());
                    up.addBatch();
                }
            }
            up.executeBatch();
            del.executeBatch();
        }
    }
}
