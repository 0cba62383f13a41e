package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Account names: a hint from the caller, so validated like any other outside text. */
final class Accounts {
    private Accounts() {}

    static String normalize(String account) {
        return AccountNames.normalize(account);
    }

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

    static Long find(Connection c, String account) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM accounts WHERE name = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
