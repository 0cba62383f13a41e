package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** LinkedIn limit messages seen by the extension, per account. */
final class SignalStore {
    static final int MAX_TEXT = 2_000;

    private SignalStore() {}

    static long record(Connection c, String account, String kind, String text, String url, Instant seenAt, long now)
            throws SQLException {
        if (kind == null || kind.isBlank() || kind.length() > 64) {
            throw new IllegalArgumentException("a signal needs a kind of at most 64 characters");
        }
        long accountId = Accounts.ensure(c, account, now);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO signals (account_id, kind, text, url, seen_at,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, accountId);
            ps.setString(2, kind);
            ps.setString(3, clip(text));
            ps.setString(4, clip(url));
            ps.setLong(5, Times.millis(seenAt));
            ps.setLong(6, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<SignalRecord> recent(Connection c, String account, Instant since) throws SQLException {
        List<SignalRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, a.name, s.kind, s.text, s.url, s.seen_at"
                + " FROM signals s JOIN accounts a ON a.id = s.account_id WHERE a.name = ? AND s.seen_at >= ?"
                + " ORDER BY s.seen_at DESC, s.id DESC")) {
            ps.setString(1, account);
            ps.setLong(2, since == null ? Long.MIN_VALUE : Times.millis(since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SignalRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Times.instant(rs.getLong(6))));
                }
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
