package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Account names: a hint from the caller, so validated like any other outside text. */
final class Accounts {
    private Accounts() {}

    /** The account's id, creating the account on first use. */
    static long ensure(Connection c, String account, long now) throws SQLException {
        Long id = find(c, account);
        if (id != null) {
            return id;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts (name, created_at) VALUES (?, ?)")) {
            ps.setString(1, account);
            ps.setLong(2, now);
            ps.executeUpdate();
        }
        return find(c, account);
    }

    /** The account's mark: the capture time of its latest complete page capture, null before one ({@link LastSeen}). */
    static Long lastCompleteSeen(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_complete_seen FROM accounts WHERE id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return Times.getLong(rs, 1);
            }
        }
    }

    static void setLastCompleteSeen(Connection c, long accountId, long mark) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE accounts SET last_complete_seen = ? WHERE id = ?")) {
            ps.setLong(1, mark);
            ps.setLong(2, accountId);
            ps.executeUpdate();
        }
    }

    static Long find(Connection c, String account) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM accounts WHERE name = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
