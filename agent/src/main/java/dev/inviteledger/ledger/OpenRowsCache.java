package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Each account's pending invitations as the last merge committed them, so a resident agent's next capture does not
 * read ~1,500 rows back from SQLite first (issue 9: the capture budget). Used only under the write lock.
 *
 * <p>Valid while nothing else wrote invitations: writes by other connections (a CLI {@code import} while the agent
 * runs) change the writer connection's {@code PRAGMA data_version}; writes in this process that touch invitations
 * outside a merge re-read the invitation they changed ({@link #apply}) or, for an import, {@link #clear()} it all.
 * A merge takes the rows out, so a rolled-back merge leaves nothing behind.
 */
final class OpenRowsCache {
    private final Map<Long, Map<String, InvRow>> byAccount = new HashMap<>();
    private long dataVersion = Long.MIN_VALUE;

    /** The account's pending rows if still current, removed from the cache; null when they must be read. */
    Map<String, InvRow> take(Connection c, long accountId) throws SQLException {
        long version = dataVersion(c);
        if (version != dataVersion) {
            byAccount.clear();
            dataVersion = version;
            return null;
        }
        return byAccount.remove(accountId);
    }

    /**
     * Keeps the account's rows after their merge committed. {@code version} is the data_version read inside that
     * transaction: this connection's own commits do not change it, so it still describes the file.
     */
    void put(long accountId, Map<String, InvRow> rows, long version) {
        if (version != dataVersion) {
            byAccount.clear();
            dataVersion = version;
        }
        // the merge is done with its map: keep it, less what the merge closed
        rows.values().removeIf(r -> r.state != InvitationState.PENDING);
        byAccount.put(accountId, rows);
    }

    /** One invitation as a write outside a merge left it, to be applied once that write committed. */
    record Change(long accountId, InvRow row) {}

    /** Reads an invitation back inside the write that changed it (a withdrawal, an undo, a pin). */
    static Change reread(Connection c, long invitationId) throws SQLException {
        InvRow row = InvitationRows.loadById(c, invitationId);
        return row == null ? null : new Change(InvitationRows.accountOf(c, invitationId), row);
    }

    /** Applies a committed change: the row replaces the cached one, and leaves the cache once it is closed. */
    void apply(Change change) {
        if (change == null) {
            return;
        }
        Map<String, InvRow> rows = byAccount.get(change.accountId());
        if (rows == null) {
            return;
        }
        InvRow row = change.row();
        rows.values().removeIf(r -> r.id == row.id);
        if (row.state == InvitationState.PENDING) {
            rows.put(row.key, row);
        }
    }

    void clear() {
        byAccount.clear();
    }

    long currentVersion() {
        return dataVersion;
    }

    static long dataVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA data_version"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
