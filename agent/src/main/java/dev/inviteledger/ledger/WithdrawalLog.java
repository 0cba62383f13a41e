package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The withdrawal log. Recording a withdrawal closes a pending invitation at once (so plans re-form
 * without waiting for the next capture); undoing it puts the invitation back where the evidence says.
 */
final class WithdrawalLog {
    private static final String COLUMNS = "SELECT w.id, w.invitation_id, i.key, i.name, w.withdrawn_at, w.source,"
            + " w.undone_at FROM withdrawals w";
    private static final String SELECT = COLUMNS + " JOIN invitations i ON i.id = w.invitation_id";

    /** The same rows walked from withdrawals_by_time (v3): CROSS JOIN fixes SQLite's join order to withdrawals first. */
    private static final String SELECT_BY_TIME = COLUMNS + " CROSS JOIN invitations i ON i.id = w.invitation_id";

    private WithdrawalLog() {}

    /**
     * Latest not-undone withdrawal of each pending invitation of the account that has one, by invitation id. Normally
     * empty: a recorded withdrawal closes its invitation at once; kept for histories that differ.
     */
    static Map<Long, Long> activeOfPending(Connection c, long accountId) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT w.invitation_id, max(w.withdrawn_at) FROM withdrawals w"
                + " JOIN invitations i ON i.id = w.invitation_id"
                + " WHERE i.account_id = ? AND i.state = 'pending' AND w.undone_at IS NULL GROUP BY w.invitation_id")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    static WithdrawalRecord record(Connection c, String account, String key, Instant at, String source, long now)
            throws SQLException {
        if (!WithdrawalRecord.OBSERVED.equals(source) && !WithdrawalRecord.MANUAL.equals(source)) {
            throw new IllegalArgumentException("withdrawal source must be \"observed\" or \"manual\", not \"" + source + "\"");
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a withdrawal needs the invitation's key");
        }
        Long accountId = Accounts.find(c, account);
        InvRow inv = accountId == null ? null : InvitationRows.loadCurrent(c, accountId, key);
        if (inv == null) {
            throw new UnknownInvitationException("no invitation to " + key + " in account " + account);
        }
        long when = Times.millis(at);
        if (inv.state != InvitationState.PENDING) {
            WithdrawalRecord existing = active(c, inv.id);
            if (existing != null) {
                return existing; // the extension and the user may both report the same withdrawal
            }
            if (inv.state == InvitationState.ACCEPTED) {
                throw new LedgerConflictException("the invitation to " + key + " was accepted; there is nothing to withdraw");
            }
        }
        if (inv.state == InvitationState.PENDING) {
            inv.close(InvitationState.WITHDRAWN, when);
        } else if (inv.state == InvitationState.CLOSED_UNKNOWN) {
            // it vanished and the user says they withdrew it: now we know how it closed
            inv.close(InvitationState.WITHDRAWN, Math.min(inv.closedAt, when));
        }
        if (inv.stateDirty) {
            InvitationRows.flush(c, accountId, List.of(inv));
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO withdrawals (invitation_id, withdrawn_at, source,"
                + " recorded_at) VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, inv.id);
            ps.setLong(2, when);
            ps.setString(3, source);
            ps.setLong(4, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        return new WithdrawalRecord(id, inv.id, inv.key, inv.name, Instant.ofEpochMilli(when), source, null);
    }

    static WithdrawalRecord undo(Connection c, long id, Instant at) throws SQLException {
        WithdrawalRecord w = byId(c, id);
        if (w == null) {
            throw new UnknownInvitationException("no withdrawal #" + id);
        }
        if (!w.active()) {
            return w;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE withdrawals SET undone_at = ? WHERE id = ?")) {
            ps.setLong(1, Times.millis(at));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        InvRow inv = InvitationRows.loadById(c, w.invitationId());
        if (inv.state == InvitationState.WITHDRAWN && active(c, inv.id) == null) {
            long accountId = InvitationRows.accountOf(c, inv.id);
            Long provedGone = completeCaptureWithout(c, accountId, inv);
            if (InvitationRows.hasPending(c, accountId, inv.key)) {
                inv.close(InvitationState.CLOSED_UNKNOWN, inv.closedAt); // already re-sent: this one closed somehow
            } else if (provedGone != null) {
                inv.close(InvitationState.CLOSED_UNKNOWN, provedGone);
            } else {
                inv.reopen();
            }
            InvitationRows.flush(c, accountId, List.of(inv));
        }
        return byId(c, id);
    }

    /** The first complete page capture, at or after the withdrawal, that no longer showed the invitation. */
    private static Long completeCaptureWithout(Connection c, long accountId, InvRow inv) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min(captured_at) FROM captures WHERE account_id = ?"
                + " AND complete = 1 AND source <> 'import' AND captured_at >= ? AND captured_at > ?")) {
            ps.setLong(1, accountId);
            // a withdrawn row from an older history may lack its close time: its last sighting stands in
            ps.setLong(2, inv.closedAt != null ? inv.closedAt : inv.lastSeen);
            ps.setLong(3, inv.lastSeen);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Times.getLong(rs, 1);
            }
        }
    }

    static WithdrawalRecord active(Connection c, long invitationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT
                + " WHERE w.invitation_id = ? AND w.undone_at IS NULL ORDER BY w.withdrawn_at DESC, w.id DESC LIMIT 1")) {
            ps.setLong(1, invitationId);
            List<WithdrawalRecord> found = list(ps);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    static WithdrawalRecord byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE w.id = ?")) {
            ps.setLong(1, id);
            List<WithdrawalRecord> found = list(ps);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    /** Every withdrawal of one invitation, undone ones included, oldest first (as {@link #forAccount} orders them). */
    static List<WithdrawalRecord> forInvitation(Connection c, long invitationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE w.invitation_id = ? ORDER BY w.withdrawn_at, w.id")) {
            ps.setLong(1, invitationId);
            return list(ps);
        }
    }

    /** Every withdrawal of the account (since {@code since} when given), undone ones included, oldest first. */
    static List<WithdrawalRecord> forAccount(Connection c, long accountId, Long since) throws SQLException {
        // With a horizon, walk withdrawals by time: a capture's answer needs a week of withdrawals, not a scan of
        // every invitation the account ever sent.
        String sql = (since == null ? SELECT : SELECT_BY_TIME)
                + " WHERE i.account_id = ? AND w.withdrawn_at >= ? ORDER BY w.withdrawn_at, w.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, accountId);
            ps.setLong(2, since == null ? Long.MIN_VALUE : since);
            return list(ps);
        }
    }

    private static List<WithdrawalRecord> list(PreparedStatement ps) throws SQLException {
        List<WithdrawalRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new WithdrawalRecord(rs.getLong("id"), rs.getLong("invitation_id"), rs.getString("key"),
                        rs.getString("name"), Times.getInstant(rs, "withdrawn_at"), rs.getString("source"),
                        Times.getInstant(rs, "undone_at")));
            }
        }
        return out;
    }
}
