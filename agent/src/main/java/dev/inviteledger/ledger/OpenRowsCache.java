package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each account's pending invitations as the last merge committed them, and the recent history a capture's answer
 * needs beside them ({@link RecentHistory}), so a resident agent's next capture reads neither back from SQLite first
 * (issue 9: the capture budget). Used only under the write lock.
 *
 * <p>Valid while nothing else wrote: writes by other connections (a CLI {@code import} while the agent runs) change
 * the writer connection's {@code PRAGMA data_version}; writes in this process outside a merge either name the one
 * invitation they changed ({@link #apply}, read back after the write) or drop it all ({@link #clear()}): see
 * {@link Ledger}'s write helpers. A merge takes its account's entry out, so a rolled-back merge leaves nothing behind.
 */
final class OpenRowsCache {
    /**
     * What is kept for one account: its pending rows by key, which keys may have closed invitations, the recent
     * history (null: read it when needed), and the pending rows the last merge found listed, in page order, a hint
     * for the next merge's lookups. Every row of the hint is a row of {@link #rows}: one that leaves the map leaves
     * the hint ({@link #unlist}).
     */
    static final class Entry {
        final Map<String, InvRow> rows;
        final ClosedKeys closedKeys;
        RecentHistory recent;
        final InvRow[] listed;

        Entry(Map<String, InvRow> rows, ClosedKeys closedKeys, RecentHistory recent, InvRow[] listed) {
            this.rows = rows;
            this.closedKeys = closedKeys;
            this.recent = recent;
            this.listed = listed;
        }

        /** Takes a row that left {@link #rows} out of the hint, where the last merge put it. */
        void unlist(InvRow gone) {
            int at = gone.listedAt;
            if (at >= 0 && at < listed.length && listed[at] == gone) {
                listed[at] = null;
            }
        }
    }

    private final Map<Long, Entry> byAccount = new HashMap<>();
    private long dataVersion = Long.MIN_VALUE;

    /** The account's entry if still current, removed from the cache; null when it must be read. */
    Entry take(Connection c, long accountId) throws SQLException {
        long version = dataVersion(c);
        if (version != dataVersion) {
            byAccount.clear();
            dataVersion = version;
            return null;
        }
        return byAccount.remove(accountId);
    }

    /**
     * Keeps, once their merge committed, the account's rows (pending ones only: the merge has removed those it closed,
     * which its page did not list), keys of closed invitations (every key closed so far, those of this merge
     * included), recent history and the pending rows its page listed. The data_version {@link #take} read still describes the file: this connection's own
     * commits do not change it, and the write lock is held from the take to here.
     */
    void put(long accountId, Map<String, InvRow> rows, ClosedKeys closedKeys, RecentHistory recent, InvRow[] listed) {
        byAccount.put(accountId, new Entry(rows, closedKeys, recent == null || recent.invalid() ? null : recent, listed));
    }

    /**
     * One invitation as a write outside a merge left it, read back inside that write, to be applied once it committed:
     * the row, its latest active withdrawal (null: none) and all its withdrawals.
     */
    record Change(long accountId, InvRow row, Long activeWithdrawnAt, List<WithdrawalRecord> withdrawals) {}

    /** Reads an invitation back inside the write that changed it (a withdrawal, an undo, a pin). */
    static Change reread(Connection c, long invitationId) throws SQLException {
        InvRow row = InvitationRows.loadById(c, invitationId);
        if (row == null) {
            return null;
        }
        List<WithdrawalRecord> withdrawals = WithdrawalLog.forInvitation(c, invitationId);
        Long active = null;
        for (WithdrawalRecord w : withdrawals) {
            if (w.active() && (active == null || Times.millis(w.withdrawnAt()) > active)) {
                active = Times.millis(w.withdrawnAt());
            }
        }
        return new Change(InvitationRows.accountOf(c, invitationId), row, active, withdrawals);
    }

    /** Applies a committed change: the row replaces the cached one (leaving once closed), and the recent history learns it. */
    void apply(Change change) {
        Entry entry = byAccount.get(change.accountId());
        if (entry == null) {
            return;
        }
        InvRow row = change.row();
        InvRow cached = entry.rows.get(row.key); // an invitation's key never changes
        if (cached != null && cached.id == row.id) {
            entry.rows.remove(row.key);
            entry.unlist(cached);
        }
        if (row.state == InvitationState.PENDING) {
            InvRow replaced = entry.rows.put(row.key, row);
            if (replaced != null) {
                entry.unlist(replaced);
            }
        } else {
            entry.closedKeys.add(row.key);
        }
        if (entry.recent != null) {
            entry.recent.apply(change);
            if (entry.recent.invalid()) {
                entry.recent = null;
            }
        }
    }

    void clear() {
        byAccount.clear();
    }


    static long dataVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA data_version"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
