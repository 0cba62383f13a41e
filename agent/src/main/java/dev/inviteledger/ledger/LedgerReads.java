package dev.inviteledger.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.inviteledger.config.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Read models built from rows: one query per table, no per-row lookups in Java. */
final class LedgerReads {
    private static final String INVITATION = "SELECT i.*, a.name AS account_name, " + LastSeen.SQL + " AS seen_at,"
            + " (SELECT max(w.withdrawn_at) FROM withdrawals w WHERE w.invitation_id = i.id AND w.undone_at IS NULL)"
            + " AS withdrawn_at FROM invitations i JOIN accounts a ON a.id = i.account_id";

    /**
     * The same rows as {@link #INVITATION}, as one JSON array built inside SQLite (see {@link InvitationJson}).
     * Columns in {@link InvitationJson}'s order.
     */
    private static final String INVITATIONS_AS_JSON = "SELECT json_group_array(json_array(i.id, a.name, i.key, i.name,"
            + " i.headline, i.profile_url, i.state, i.sent_earliest, i.sent_latest, i.first_seen, " + LastSeen.SQL + ", i.has_note,"
            + " i.closed_at, (SELECT max(w.withdrawn_at) FROM withdrawals w WHERE w.invitation_id = i.id AND w.undone_at IS NULL),"
            + " i.resend_count, i.previous_id, i.keep, i.last_sent_text))"
            + " FROM invitations i JOIN accounts a ON a.id = i.account_id";

    private LedgerReads() {}

    static AccountHistory history(Connection c, String account, Long since) throws SQLException {
        Long accountId = Accounts.find(c, account);
        if (accountId == null) {
            return new AccountHistory(account, List.of(), List.of(), List.of());
        }
        long from = since == null ? Long.MIN_VALUE : since;
        List<InvitationRecord> invitations;
        if (since == null) {
            try (PreparedStatement ps = c.prepareStatement(INVITATIONS_AS_JSON + " WHERE i.account_id = ?")) {
                ps.setLong(1, accountId);
                invitations = InvitationJson.read(ps);
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement(INVITATIONS_AS_JSON + " WHERE i.account_id = ? AND i.state = 'pending'")) {
                ps.setLong(1, accountId);
                invitations = InvitationJson.read(ps);
            }
            invitations.addAll(closedSince(c, accountId, since));
            invitations.sort(Comparator.comparingLong(InvitationRecord::id));
        }
        return new AccountHistory(account, invitations, captures(c, accountId, from),
                WithdrawalLog.forAccount(c, accountId, since));
    }

    /**
     * Closed invitations closed or last seen at or after {@code since}. The condition is written as the
     * expression of the partial index invitations_closed_by_recency (V3), so SQLite reads only those rows.
     */
    static List<InvitationRecord> closedSince(Connection c, long accountId, long since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INVITATIONS_AS_JSON + " WHERE i.account_id = ?"
                + " AND i.state <> 'pending' AND max(coalesce(i.closed_at, i.last_seen), i.last_seen) >= ?")) {
            ps.setLong(1, accountId);
            ps.setLong(2, since);
            return InvitationJson.read(ps);
        }
    }

    /**
     * Captures at or after {@code from}, plus the latest complete capture before it: the policy falls back on that
     * one's row count for the pending total when the newest capture shows no People count, so a horizon must not
     * hide it.
     */
    static List<CaptureRecord> captures(Connection c, long accountId, long from) throws SQLException {
        // two index searches instead of one OR, which made SQLite walk every capture of the account
        String columns = "SELECT c.*, a.name AS account_name FROM captures c JOIN accounts a ON a.id = c.account_id";
        try (PreparedStatement ps = c.prepareStatement(columns + " WHERE c.account_id = ? AND c.captured_at >= ?"
                + " UNION ALL " + columns + " WHERE c.id = (SELECT k.id FROM captures k WHERE k.account_id = ?"
                + " AND k.complete = 1 AND k.captured_at < ? ORDER BY k.captured_at DESC, k.id DESC LIMIT 1)"
                + " ORDER BY captured_at, id")) {
            ps.setLong(1, accountId);
            ps.setLong(2, from);
            ps.setLong(3, accountId);
            ps.setLong(4, from);
            return captures(ps);
        }
    }

    /** One capture as {@link #captures} reads it. */
    static CaptureRecord capture(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.*, a.name AS account_name FROM captures c"
                + " JOIN accounts a ON a.id = c.account_id WHERE c.id = ?")) {
            ps.setLong(1, id);
            return captures(ps).get(0);
        }
    }

    static InvitationPage page(Connection c, InvitationQuery q) throws SQLException {
        String account = AccountNames.normalize(q.account());
        Long accountId = Accounts.find(c, account);
        if (accountId == null) {
            return new InvitationPage(List.of(), 0, q.page(), q.size());
        }
        String where = " WHERE i.account_id = ?";
        List<String> states = q.states().stream().map(InvitationState::wireName).sorted().collect(Collectors.toList());
        if (!states.isEmpty()) {
            where += " AND i.state IN (" + "?,".repeat(states.size() - 1) + "?)";
        }
        String order = switch (q.sort()) {
            case NAME -> " ORDER BY i.name COLLATE NOCASE, i.id";
            case AGE -> " ORDER BY i.sent_latest IS NULL, i.sent_latest, i.first_seen, i.id";
            case LAST_SEEN -> " ORDER BY " + LastSeen.SQL + " DESC, i.id";
        };
        int total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM invitations i" + where)) {
            bind(ps, accountId, states);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INVITATION + where + order + " LIMIT ? OFFSET ?")) {
            int next = bind(ps, accountId, states);
            ps.setInt(next, q.size());
            ps.setLong(next + 1, (long) q.page() * q.size());
            return new InvitationPage(invitations(ps), total, q.page(), q.size());
        }
    }

    private static int bind(PreparedStatement ps, long accountId, List<String> states) throws SQLException {
        ps.setLong(1, accountId);
        int i = 2;
        for (String s : states) {
            ps.setString(i++, s);
        }
        return i;
    }

    static List<String> pendingKeysByName(Connection c, String account, String name) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.key FROM invitations i JOIN accounts a"
                + " ON a.id = i.account_id WHERE a.name = ? AND i.state = 'pending' AND i.name = ? ORDER BY i.id")) {
            ps.setString(1, account);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static List<AccountSummary> accounts(Connection c) throws SQLException {
        List<AccountSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.name,"
                + " (SELECT count(*) FROM invitations i WHERE i.account_id = a.id AND i.state = 'pending'),"
                + " (SELECT max(captured_at) FROM captures k WHERE k.account_id = a.id AND k.source <> 'import')"
                + " FROM accounts a ORDER BY a.name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long last = rs.getLong(3);
                out.add(new AccountSummary(rs.getString(1), rs.getInt(2), rs.wasNull() ? null : Times.instant(last)));
            }
        }
        return out;
    }

    private static List<InvitationRecord> invitations(PreparedStatement ps) throws SQLException {
        List<InvitationRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long earliest = Times.getLong(rs, "sent_earliest");
                Long latest = Times.getLong(rs, "sent_latest");
                SendWindow window = earliest == null || latest == null ? null
                        : new SendWindow(Times.instant(earliest), Times.instant(latest));
                out.add(new InvitationRecord(rs.getLong("id"), rs.getString("account_name"), rs.getString("key"),
                        rs.getString("name"), rs.getString("headline"), rs.getString("profile_url"),
                        InvitationState.fromWire(rs.getString("state")), window,
                        Times.getInstant(rs, "first_seen"), Times.getInstant(rs, "seen_at"),
                        rs.getInt("has_note") != 0, Times.getInstant(rs, "closed_at"),
                        Times.getInstant(rs, "withdrawn_at"), rs.getInt("resend_count"),
                        Times.getLong(rs, "previous_id"), rs.getInt("keep") != 0, rs.getString("last_sent_text")));
            }
        }
        return out;
    }

    private static List<CaptureRecord> captures(PreparedStatement ps) throws SQLException {
        List<CaptureRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CaptureRecord(rs.getLong("id"), rs.getString("account_name"),
                        Times.getInstant(rs, "captured_at"), rs.getString("source"), rs.getInt("rows_seen"),
                        Times.getInt(rs, "total_shown"), rs.getInt("complete") != 0, warnings(rs.getString("warnings"))));
            }
        }
        return out;
    }

    static List<String> warnings(String json) {
        if ("[]".equals(json)) {
            return List.of(); // nearly every capture
        }
        try {
            return Json.mapper().readValue(json, new TypeReference<List<String>>() {});
        } catch (IOException e) {
            return List.of("unreadable warnings: " + json);
        }
    }
}
