package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Which keys of an account may have a closed invitation, as a set of the keys' hash codes: a capture lists ~15 keys a
 * day with no pending invitation (new sends, mostly), and asking SQLite for closed rows of those keys cost more than a
 * tenth of a merge although it nearly always finds none (issue 9). A key whose hash is absent has no closed invitation;
 * one whose hash is present is looked up as before (a shared hash costs a query, never an answer). Kept in the
 * {@link OpenRowsCache}: every write that closes an invitation adds its key, and a set is never trusted beyond the
 * cache's own rules. 64 KiB for a year of a busy account.
 */
final class ClosedKeys {
    private int[] table = new int[1024];
    private int size;

    /** The account's keys of closed invitations, read inside a transaction. */
    static ClosedKeys read(Connection c, long accountId) throws SQLException {
        ClosedKeys keys = new ClosedKeys();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT key FROM invitations WHERE account_id = ? AND state <> 'pending'")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    void add(String key) {
        int h = slotHash(key);
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        if (insert(table, h)) {
            size++;
        }
    }

    /** False: the account has no closed invitation to {@code key}. */
    boolean mayHave(String key) {
        int h = slotHash(key);
        int mask = table.length - 1;
        for (int i = mix(h) & mask; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == h) {
                return true;
            }
        }
        return false;
    }

    /** The key's hash code, never 0 (the empty slot): two keys may share one, which only costs a lookup. */
    private static int slotHash(String key) {
        int h = key.hashCode();
        return h == 0 ? 1 : h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean insert(int[] t, int h) {
        int mask = t.length - 1;
        int i = mix(h) & mask;
        while (t[i] != 0) {
            if (t[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        t[i] = h;
        return true;
    }

    private void grow() {
        int[] bigger = new int[table.length * 2];
        for (int h : table) {
            if (h != 0) {
                insert(bigger, h);
            }
        }
        table = bigger;
    }
}
