package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Set-at-a-time reads and batched writes of {@link InvRow}s: no per-row SELECT on the hot path. */
final class InvitationRows {
    /** Every column of a working row; last_seen is the sighting ({@link LastSeen}), stored_last_seen what the row holds. */
    private static final String SELECT = "SELECT i.id, i.key, i.name, i.headline, i.profile_url, i.state,"
            + " i.sent_earliest, i.sent_latest, i.first_seen, " + LastSeen.SQL + " AS last_seen, i.has_note, i.closed_at,"
            + " i.previous_id, i.resend_count, i.keep, i.last_sent_text, o.id AS obs_id, o.age_min, o.age_max, o.sent_text,"
            + " i.last_seen AS stored_last_seen, i.seen_last_complete"
            + " FROM invitations i JOIN accounts a ON a.id = i.account_id"
            + " LEFT JOIN observations o ON o.id = (SELECT max(x.id) FROM observations x WHERE x.invitation_id = i.id)";

    /** {@link #SELECT}'s columns as one JSON array of arrays, in {@link InvitationJson#readRows}' order. */
    private static final String SELECT_AS_JSON = "SELECT json_group_array(json_array(i.id, i.key, i.name, i.headline,"
            + " i.profile_url, i.state, i.sent_earliest, i.sent_latest, i.first_seen, " + LastSeen.SQL + ", i.has_note,"
            + " i.closed_at, i.previous_id, i.resend_count, i.keep, i.last_sent_text, o.id, o.age_min, o.age_max, o.sent_text,"
            + " i.last_seen, i.seen_last_complete))"
            + " FROM invitations i JOIN accounts a ON a.id = i.account_id"
            + " LEFT JOIN observations o ON o.id = (SELECT max(x.id) FROM observations x WHERE x.invitation_id = i.id)";

    /** Descriptive fields only: leaves the indexed state column (and its index entries) alone. */
    private static final String UPDATE_FIELDS = "UPDATE invitations SET name = ?, headline = ?, profile_url = ?,"
            + " sent_earliest = ?, sent_latest = ?, first_seen = ?, last_seen = ?, seen_last_complete = ?, has_note = ?,"
            + " last_sent_text = ? WHERE id = ?";
    /** The age text alone changed: 4 binds instead of {@link #UPDATE_FIELDS}' 11, for ~150 rows a day. */
    private static final String UPDATE_TEXT = "UPDATE invitations SET last_sent_text = ?, last_seen = ?,"
            + " seen_last_complete = ? WHERE id = ?";
    /** A state change stores the sighting too: a closed row is never marked ({@link LastSeen}). */
    private static final String UPDATE_STATE = "UPDATE invitations SET state = ?, closed_at = ?, closed_as = ?, keep = ?,"
            + " last_seen = ?, seen_last_complete = ? WHERE id = ?";
    /** One statement for every row whose sighting alone must be stored: ids travel as one JSON array. */
    private static final String UPDATE_SEEN = "UPDATE invitations SET last_seen = ?, seen_last_complete = ?"
            + " WHERE id IN (SELECT value FROM json_each(?))";

    private static final String INSERT = "INSERT INTO invitations (id, account_id, key, name, headline, profile_url,"
            + " state, sent_earliest, sent_latest, first_seen, last_seen, seen_last_complete, has_note, closed_at,"
            + " closed_as, previous_id, resend_count, keep, last_sent_text)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private InvitationRows() {}

    /**
     * The account's pending invitations by key (at most one per key: a unique index guarantees it). Read as one
     * JSON text built by SQLite, like {@link InvitationJson}: a daily capture of a long list loads ~1,500 rows here.
     */
    static Map<String, InvRow> loadOpen(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_AS_JSON + " WHERE i.account_id = ? AND i.state = 'pending'")) {
            ps.setLong(1, accountId);
            return InvitationJson.readRows(ps);
        }
    }

    /**
     * Up to this many keys, {@link #loadClosed} looks each one up with its own indexed query. A capture asks for the 1–3
     * re-sent keys {@link ClosedKeys} lets through; for those the JSON read cost ~0.1 ms more per capture under the
     * agent's C1 JIT (the parser's set-up and SQLite's JSON functions for one or two rows, issue 9). An import or a
     * late capture may ask for hundreds: one statement for them all.
     */
    static final int KEYS_LOOKED_UP_ONE_BY_ONE = 16;

    /**
     * Closed invitations for the given keys, oldest first per key: each key looked up on its own when there are few,
     * else one statement for them all ({@link #loadClosedAsJson}); both give the same rows.
     */
    static Map<String, List<InvRow>> loadClosed(Connection c, long accountId, Collection<String> keys) throws SQLException {
        return keys.size() <= KEYS_LOOKED_UP_ONE_BY_ONE ? loadClosedOneByOne(c, accountId, keys)
                : loadClosedAsJson(c, accountId, keys);
    }

    /** {@link #loadClosed} one key at a time, through the invitations_by_account_key index. */
    static Map<String, List<InvRow>> loadClosedOneByOne(Connection c, long accountId, Collection<String> keys)
            throws SQLException {
        Map<String, List<InvRow>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE i.account_id = ? AND i.key = ? AND i.state <> 'pending'")) {
            for (String key : keys) {
                if (out.containsKey(key)) {
                    continue; // a key given twice: its rows are there already
                }
                ps.setLong(1, accountId);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(key, x -> new ArrayList<>()).add(map(rs));
                    }
                }
            }
        }
        sortById(out);
        return out;
    }

    /**
     * {@link #loadClosed} in one statement: the keys travel as one JSON array and the rows come back as one JSON text,
     * like {@link #loadOpen}.
     */
    static Map<String, List<InvRow>> loadClosedAsJson(Connection c, long accountId, Collection<String> keys)
            throws SQLException {
        Map<String, List<InvRow>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_AS_JSON + " WHERE i.account_id = ? AND i.state <> 'pending'"
                + " AND i.key IN (SELECT value FROM json_each(?))")) {
            ps.setLong(1, accountId);
            ps.setString(2, JsonArray.of(keys));
            for (InvRow r : InvitationJson.readRowList(ps)) {
                out.computeIfAbsent(r.key, x -> new ArrayList<>()).add(r);
            }
        }
        sortById(out);
        return out;
    }

    private static void sortById(Map<String, List<InvRow>> rowsByKey) {
        for (List<InvRow> rows : rowsByKey.values()) {
            rows.sort(Comparator.comparingLong(r -> r.id));
        }
    }

    /** The pending invitation for a key, else the most recent one; null when the key is unknown. */
    static InvRow loadCurrent(Connection c, long accountId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT
                + " WHERE i.account_id = ? AND i.key = ? ORDER BY (i.state = 'pending') DESC, i.id DESC LIMIT 1")) {
            ps.setLong(1, accountId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        }
    }

    static InvRow loadById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE i.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        }
    }

    /** The account an invitation belongs to; the invitation must exist. */
    static long accountOf(Connection c, long invitationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT account_id FROM invitations WHERE id = ?")) {
            ps.setLong(1, invitationId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no invitation #" + invitationId);
                }
                return rs.getLong(1);
            }
        }
    }

    /** Whether the account has a pending invitation to {@code key} (one row of the partial unique index). */
    static boolean hasPending(Connection c, long accountId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM invitations WHERE account_id = ? AND key = ? AND state = 'pending'")) {
            ps.setLong(1, accountId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long nextId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM invitations");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One row of {@link #SELECT}, by column position (a look-up by label costs a map search per column). */
    private static InvRow map(ResultSet rs) throws SQLException {
        InvRow r = new InvRow();
        r.id = rs.getLong(1);
        r.key = rs.getString(2);
        r.name = rs.getString(3);
        r.headline = rs.getString(4);
        r.profileUrl = rs.getString(5);
        r.state = InvitationState.fromWire(rs.getString(6));
        r.sentEarliest = Times.getLong(rs, 7);
        r.sentLatest = Times.getLong(rs, 8);
        r.firstSeen = rs.getLong(9);
        r.lastSeen = rs.getLong(10);
        r.hasNote = rs.getInt(11) != 0;
        r.closedAt = Times.getLong(rs, 12);
        r.previousId = Times.getLong(rs, 13);
        r.resendCount = rs.getInt(14);
        r.keep = rs.getInt(15) != 0;
        r.lastSentText = rs.getString(16);
        r.hasObservation = Times.getLong(rs, 17) != null;
        r.obsAgeMin = Times.getInt(rs, 18);
        r.obsAgeMax = Times.getInt(rs, 19);
        r.obsText = rs.getString(20);
        r.storedLastSeen = rs.getLong(21);
        r.markedSeen = rs.getInt(22) != 0;
        return r;
    }

    /** {@link #flush(Connection, long, Iterable, Long)} under the account's current mark. */
    static void flush(Connection c, long accountId, Collection<InvRow> rows) throws SQLException {
        flush(c, accountId, rows, Accounts.lastCompleteSeen(c, accountId));
    }

    /**
     * Writes what changed, with {@code mark} the account's last_complete_seen as of this transaction's end: new rows,
     * changed fields and states (batched), and — set-based, grouped by value — the sighting of rows whose stored
     * last_seen and flag no longer give it under {@code mark} ({@link LastSeen}). Inserts run after the updates, so a
     * closed row frees its key first. A row written stores its sighting and the flag {@link LastSeen#marks} gives it.
     */
    static void flush(Connection c, long accountId, Iterable<InvRow> rows, Long mark) throws SQLException {
        Map<Long, StringBuilder> seenMarked = new HashMap<>();
        Map<Long, StringBuilder> seenUnmarked = new HashMap<>();
        try (PreparedStatement fields = c.prepareStatement(UPDATE_FIELDS);
             PreparedStatement texts = c.prepareStatement(UPDATE_TEXT);
             PreparedStatement states = c.prepareStatement(UPDATE_STATE);
             PreparedStatement ins = c.prepareStatement(INSERT)) {
            int nFields = 0;
            int nTexts = 0;
            int nStates = 0;
            int nInserts = 0;
            for (InvRow r : rows) {
                boolean marked = LastSeen.marks(r.state, r.lastSeen, mark);
                if (r.inserted) {
                    bindInsert(ins, accountId, r, marked);
                    ins.addBatch();
                    nInserts++;
                } else if (r.dirty || r.textDirty || r.stateDirty) {
                    if (r.dirty) {
                        bindFields(fields, r, marked);
                        fields.addBatch();
                        nFields++;
                    } else if (r.textDirty) {
                        texts.setString(1, r.lastSentText);
                        texts.setLong(2, r.lastSeen);
                        texts.setInt(3, marked ? 1 : 0);
                        texts.setLong(4, r.id);
                        texts.addBatch();
                        nTexts++;
                    }
                    if (r.stateDirty) {
                        bindState(states, r, marked);
                        states.addBatch();
                        nStates++;
                    }
                } else if (LastSeen.of(r.storedLastSeen, r.markedSeen, mark) != r.lastSeen) {
                    StringBuilder ids = (marked ? seenMarked : seenUnmarked).computeIfAbsent(r.lastSeen, t -> new StringBuilder("["));
                    ids.append(ids.length() > 1 ? "," : "").append(r.id);
                } else {
                    continue; // stored as it is
                }
                r.storedLastSeen = r.lastSeen;
                r.markedSeen = marked;
                r.inserted = false;
                r.dirty = false;
                r.textDirty = false;
                r.stateDirty = false;
            }
            try (PreparedStatement seen = c.prepareStatement(UPDATE_SEEN)) {
                updateSeen(seen, seenMarked, true);
                updateSeen(seen, seenUnmarked, false);
            }
            // states before fields: the CHECK allows the flag only on a pending row, and a reopened row is both
            if (nStates > 0) {
                states.executeBatch();
            }
            if (nFields > 0) {
                fields.executeBatch();
            }
            if (nTexts > 0) {
                texts.executeBatch();
            }
            if (nInserts > 0) {
                ins.executeBatch();
            }
        }
    }

    private static void updateSeen(PreparedStatement seen, Map<Long, StringBuilder> idsByTime, boolean marked)
            throws SQLException {
        for (Map.Entry<Long, StringBuilder> e : idsByTime.entrySet()) {
            seen.setLong(1, e.getKey());
            seen.setInt(2, marked ? 1 : 0);
            seen.setString(3, e.getValue().append(']').toString());
            seen.executeUpdate();
        }
    }

    private static void bindFields(PreparedStatement ps, InvRow r, boolean marked) throws SQLException {
        ps.setString(1, r.name);
        ps.setString(2, r.headline);
        ps.setString(3, r.profileUrl);
        Times.setLong(ps, 4, r.sentEarliest);
        Times.setLong(ps, 5, r.sentLatest);
        ps.setLong(6, r.firstSeen);
        ps.setLong(7, r.lastSeen);
        ps.setInt(8, marked ? 1 : 0);
        ps.setInt(9, r.hasNote ? 1 : 0);
        ps.setString(10, r.lastSentText);
        ps.setLong(11, r.id);
    }

    private static void bindState(PreparedStatement ps, InvRow r, boolean marked) throws SQLException {
        ps.setString(1, r.state.wireName());
        Times.setLong(ps, 2, r.closedAt);
        setClosedAs(ps, 3, r.state);
        ps.setInt(4, r.keep ? 1 : 0);
        ps.setLong(5, r.lastSeen);
        ps.setInt(6, marked ? 1 : 0);
        ps.setLong(7, r.id);
    }

    private static void bindInsert(PreparedStatement ps, long accountId, InvRow r, boolean marked) throws SQLException {
        ps.setLong(1, r.id);
        ps.setLong(2, accountId);
        ps.setString(3, r.key);
        ps.setString(4, r.name);
        ps.setString(5, r.headline);
        ps.setString(6, r.profileUrl);
        ps.setString(7, r.state.wireName());
        Times.setLong(ps, 8, r.sentEarliest);
        Times.setLong(ps, 9, r.sentLatest);
        ps.setLong(10, r.firstSeen);
        ps.setLong(11, r.lastSeen);
        ps.setInt(12, marked ? 1 : 0);
        ps.setInt(13, r.hasNote ? 1 : 0);
        Times.setLong(ps, 14, r.closedAt);
        setClosedAs(ps, 15, r.state);
        Times.setLong(ps, 16, r.previousId);
        ps.setInt(17, r.resendCount);
        ps.setInt(18, r.keep ? 1 : 0);
        ps.setString(19, r.lastSentText);
    }

    private static void setClosedAs(PreparedStatement ps, int index, InvitationState state) throws SQLException {
        if (state.isClosed()) {
            ps.setString(index, state.wireName());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }
}
