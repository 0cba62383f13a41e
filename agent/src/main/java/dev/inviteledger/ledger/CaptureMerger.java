package dev.inviteledger.ledger;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.ParsedRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds one capture into the ledger inside the caller's write transaction. Rules (docs/ledger.md):
 * <ul>
 * <li>a row updates the account's pending invitation for its key: first/last seen, latest name, headline
 *     and age text, the note flag (a note never disappears from a sent invitation), and the send interval
 *     narrowed to the intersection of all observations; a contradiction keeps the newest and warns;</li>
 * <li>a person whose invitation had closed is a re-send (new row, previous_id, resend_count + 1), unless
 *     the age proves the invitation was sent before that close: then the close was wrong (e.g. a withdrawal
 *     that did not take effect), the same invitation is reopened and a warning says so;</li>
 * <li>only a complete capture closes: a pending invitation it lacks, last seen before it, becomes
 *     withdrawn / accepted / closed-unknown;</li>
 * <li>out of order (older than the latest page capture of the account): rows attach to the invitation that
 *     was pending at that time, descriptive fields are not overwritten by older text, and because closing
 *     needs "last seen before this capture", nothing seen later is closed.</li>
 * </ul>
 * Reads are set-at-a-time (open invitations from the open-rows cache or once, closed ones in one statement for the
 * keys {@link ClosedKeys} may hold); writes are batched.
 */
final class CaptureMerger {
    private final Connection c;
    private final OpenRowsCache cache;
    private final boolean markCompleteCaptures;
    private final CaptureInput in;
    private final String account;
    private final long t;
    private final long now;
    private final List<String> warnings = new ArrayList<>();
    /** Closed invitations this capture attached to (late captures); every other row it changes is in {@link #open}. */
    private final List<InvRow> closedSeen = new ArrayList<>();
    private final List<Long> undoWithdrawals = new ArrayList<>();
    /** Pending invitations this capture closed (they stay in {@link #open} until it committed). */
    private final List<InvRow> closedNow = new ArrayList<>();
    /** Closed invitations this capture reopened (ids). */
    private final List<Long> reopenedIds = new ArrayList<>();
    private final List<Object[]> observations = new ArrayList<>();
    private int created;
    private int updated;
    private int resends;
    private int reopened;
    private int closedWithdrawn;
    private int closedAccepted;
    private int closedUnknown;
    private long accountId;
    private Map<String, InvRow> open;
    /** The pending rows this capture listed, in page order (nulls where it listed none): the next merge's hint. */
    private InvRow[] listed;
    /** With an answer wanted: the pending rows as records, built while the flush walks them. */
    private List<InvitationRecord> pendingRecords;
    /** Keys that may have closed invitations: only those need {@link InvitationRows#loadClosed}. */
    private ClosedKeys closedKeys;
    /** The account's recent history, kept up to date by this merge; null when it was not kept. */
    private RecentHistory recent;
    private long captureId;
    /**
     * Active withdrawals of the account's pending invitations, from the kept recent history (the same map object) or
     * read once a merge needs them (see {@link #closeMissing}).
     */
    private Map<Long, Long> activeWithdrawals;

    CaptureMerger(Connection c, CaptureInput in, long now, OpenRowsCache cache, boolean markCompleteCaptures) {
        this.c = c;
        this.markCompleteCaptures = markCompleteCaptures;
        this.cache = cache;
        this.in = in;
        this.account = AccountNames.normalize(in.account());
        this.t = Times.millis(in.capturedAt());
        this.now = now;
    }

    /** Merges the capture; with {@code answer}, also prepares what {@link #history} needs. */
    MergeResult merge(boolean answer) throws SQLException {
        Long mark = null;
        Long latestPage = null;
        // the account, its mark and its latest page capture in one statement (a new account has neither)
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.last_complete_seen, (SELECT k.captured_at FROM"
                + " captures k WHERE k.account_id = a.id AND k.source <> 'import' ORDER BY k.captured_at DESC LIMIT 1)"
                + " FROM accounts a WHERE a.name = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    accountId = rs.getLong(1);
                    mark = Times.getLong(rs, 2);
                    latestPage = Times.getLong(rs, 3);
                } else {
                    accountId = Accounts.ensure(c, account, now);
                }
            }
        }
        boolean outOfOrder = latestPage != null && t < latestPage;
        boolean complete = in.complete();
        captureId = insertCapture(accountId, complete);

        OpenRowsCache.Entry kept = cache.take(c, accountId);
        InvRow[] hint = null;
        if (kept == null) {
            open = InvitationRows.loadOpen(c, accountId);
            closedKeys = ClosedKeys.read(c, accountId);
        } else {
            open = kept.rows;
            closedKeys = kept.closedKeys;
            recent = kept.recent;
            hint = kept.listed;
            if (recent != null) {
                activeWithdrawals = recent.activeOfPending();
            }
        }
        // one pass over the page: drop duplicates, find each row's pending invitation, and the keys that need history.
        // A pending invitation remembers the capture that listed it, so duplicates need no map of every key. A page lists
        // nearly the previous one's rows in the same order: the row the last merge found at the cursor is tried first,
        // which skips the map's bucket and node (cache misses, for ~1,500 rows); any other row moves the cursor after it.
        int size = in.page().rows().size();
        if (hint != null) {
            touched = touch(hint);
        }
        int cursor = 0;
        List<ParsedRow> rows = new ArrayList<>(size);
        List<String> keys = new ArrayList<>(size);
        List<InvRow> pendingOfRow = new ArrayList<>(size);
        Set<String> keysWithoutPending = new HashSet<>();
        List<String> needHistory = new ArrayList<>();
        for (ParsedRow row : in.page().rows()) {
            if (row.key() == null || row.key().isBlank()) {
                warnings.add("a row without a key was ignored");
                continue;
            }
            InvRow current = hint == null ? null : hinted(hint, cursor, row.key());
            if (current == null) {
                current = open.get(row.key());
            }
            if (current != null && hint != null) {
                int at = current.listedAt;
                if (at >= 0 && at < hint.length && hint[at] == current) {
                    cursor = at + 1;
                }
            }
            boolean first = current != null ? current.listedBy != captureId : keysWithoutPending.add(row.key());
            if (!first) {
                warnings.add("duplicate row for " + row.key() + " in the capture; kept the first");
                continue;
            }
            if (current != null) {
                current.listedBy = captureId;
            }
            rows.add(row);
            keys.add(row.key());
            pendingOfRow.add(current);
            if ((outOfOrder || current == null) && closedKeys.mayHave(row.key())) {
                needHistory.add(row.key());
            }
        }
        Map<String, List<InvRow>> closed = needHistory.isEmpty() ? Map.of()
                : InvitationRows.loadClosed(c, accountId, needHistory);
        long[] nextId = {InvitationRows.nextId(c)};

        listed = new InvRow[rows.size()];
        int i = 0;
        for (ParsedRow row : rows) {
            InvRow current = pendingOfRow.get(i);
            // resolve reads closed rows only then: no hash of every listed key when a few keys needed history
            List<InvRow> closedOfKey = outOfOrder || current == null ? closed.getOrDefault(row.key(), List.of()) : List.of();
            InvRow inv = resolve(row, current, closedOfKey, outOfOrder, nextId);
            observe(inv, row, captureId);
            if (inv.state == InvitationState.PENDING) {
                listed[i] = inv;
                inv.listedAt = i;
                inv.pageKey = row.key(); // found by this key: equal text (see InvRow.pageKey)
            }
            i++;
        }
        if (complete) {
            closeMissing(accountId, open);
        }

        // a complete capture listed every pending invitation it did not just close: its time becomes the mark
        if (complete && markCompleteCaptures && (mark == null || t > mark)) {
            mark = t;
            Accounts.setLastCompleteSeen(c, accountId, t);
        }
        // every pending row of the account, not just those listed: under a new mark, each must still give its sighting
        if (answer && activeWithdrawals == null) {
            activeWithdrawals = WithdrawalLog.activeOfPending(c, accountId);
        }
        pendingRecords = answer ? new ArrayList<>(open.size()) : null;
        InvitationRows.flush(c, accountId, this::rowsToFlush, mark);
        writeWithdrawalUndos();
        writeObservations();
        List<String> allWarnings = writeWarnings(captureId);
        if (recent != null) {
            updateRecent(allWarnings);
        }
        return new MergeResult(captureId, account, in.capturedAt(), complete, outOfOrder, created, updated, resends,
                reopened, closedWithdrawn, closedAccepted, closedUnknown, observations.size(), warnings,
                keys);
    }

    /**
     * After {@code merge(true)}, in its transaction: the account's history since {@code since}, its pending invitations
     * from this merge's rows (what it is about to commit), the rest from the recent history it kept up to date, read
     * from the file when it was not kept, cannot be brought up to date, or starts later than {@code since}.
     */
    AccountHistory history(long since) throws SQLException {
        if (pendingRecords == null) {
            throw new IllegalStateException("merge(true) prepares the history");
        }
        if (recent == null || recent.invalid() || since < recent.since()) {
            recent = RecentHistory.read(c, account, accountId, since);
        }
        return recent.answer(pendingRecords, since);
    }

    /**
     * Every row the flush must look at: each open row (pending, or closed by this capture; under a new mark each pending
     * one must still give its sighting), then the closed ones seen late. With an answer wanted, each pending row's
     * record is built on the way: the flush changes no field a record shows, and walking ~1,500 scattered rows once
     * more cost more than the records themselves. The records' withdrawals are those read before the merge, cut to
     * what is still pending: the merge changes no withdrawal of an invitation that stays pending (see
     * {@link #updateRecent}). A row the page listed gets the page's key String in its record, and lets go of it here
     * ({@link InvRow#pageKey}); the flush walks every open row, so none keeps it.
     */
    private Iterator<InvRow> rowsToFlush() {
        Iterator<InvRow> opened = open.values().iterator();
        Iterator<InvRow> seen = closedSeen.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return opened.hasNext() || seen.hasNext();
            }

            @Override
            public InvRow next() {
                if (!opened.hasNext()) {
                    return seen.next();
                }
                InvRow r = opened.next();
                String key = r.pageKey == null ? r.key : r.pageKey;
                r.pageKey = null;
                if (pendingRecords != null && r.state == InvitationState.PENDING) {
                    Long withdrawnAt = activeWithdrawals.isEmpty() ? null : activeWithdrawals.get(r.id);
                    pendingRecords.add(r.toRecord(account, Times.instant(withdrawnAt), key));
                }
                return r;
            }
        };
    }

    /**
     * Brings the kept recent history up to what this merge wrote. The merge changes no withdrawal of an invitation that
     * stays pending (it undoes only those of invitations it reopens, which were not pending before), so the active
     * withdrawals of pending invitations, cut to what is still pending, stay right.
     */
    private void updateRecent(List<String> allWarnings) throws SQLException {
        recent.captured(allWarnings.isEmpty()
                ? new CaptureRecord(captureId, account, Times.instant(t), in.source(), in.page().coverage().rowsSeen(),
                in.page().coverage().totalShown(), in.complete(), List.of())
                : LedgerReads.capture(c, captureId)); // as the file holds the warnings' text
        for (long id : reopenedIds) {
            recent.reopened(id, t);
        }
        for (InvRow r : closedNow) {
            // withdrawn by an active withdrawal, else closed without one
            recent.closedRow(r, r.state == InvitationState.WITHDRAWN ? activeWithdrawals.get(r.id) : null, true);
        }
        for (InvRow r : closedSeen) {
            recent.closedRow(r, null, false);
        }
        recent.renameWithdrawals(open, closedSeen);
    }

    /** Hands the merged rows (less those it closed) and the recent history to the cache; call only once committed. */
    void committed() {
        for (InvRow r : closedNow) {
            open.remove(r.key); // no other row of the capture has its key: it was not listed, so it is in no hint
            closedKeys.add(r.key);
        }
        cache.put(accountId, open, closedKeys, recent, listed);
    }

    /**
     * The row the last merge found at {@code at} in its page, when it is still the account's pending row for {@code key}:
     * every row of the hint is a row of the cached map ({@link OpenRowsCache.Entry#unlist}), and an invitation's key
     * never changes.
     */
    private static InvRow hinted(InvRow[] hint, int at, String key) {
        if (at >= hint.length) {
            return null;
        }
        InvRow h = hint[at];
        return h != null && h.key.equals(key) ? h : null;
    }

    /** Which invitation this row is about: see the class comment. */
    private InvRow resolve(ParsedRow row, InvRow current, List<InvRow> closed, boolean outOfOrder, long[] nextId) {
        if (outOfOrder || current == null) {
            // an invitation closed only after t was still pending at t: this capture saw that one
            // (an older capture replayed late, or a withdrawal recorded after the capture time)
            for (InvRow prev : closed) {
                if (prev.closedAt != null && t < prev.closedAt && (prev.sentEarliest == null || prev.sentEarliest < t)) {
                    updated++;
                    closedSeen.add(prev);
                    return prev;
                }
            }
        }
        if (current != null) {
            updated++;
            return current;
        }
        InvRow prev = closed.isEmpty() ? null : closed.get(closed.size() - 1);
        if (prev != null && row.ageDays() != null && prev.closedAt != null
                && Windows.latest(t, row.ageDays()) < prev.closedAt) {
            // sent before it was closed, yet still listed: the close (often a withdrawal) did not happen
            warnings.add(row.key() + " is still pending although it was recorded as " + prev.state.wireName() + " at "
                    + Instant.ofEpochMilli(prev.closedAt) + "; its age shows the same invitation, so it was reopened");
            if (prev.state == InvitationState.WITHDRAWN) {
                undoWithdrawals.add(prev.id);
            }
            prev.reopen();
            reopenedIds.add(prev.id);
            open.put(prev.key, prev);
            reopened++;
            updated++;
            return prev;
        }
        InvRow fresh = new InvRow();
        fresh.id = nextId[0]++;
        fresh.key = row.key();
        fresh.state = InvitationState.PENDING;
        fresh.firstSeen = t;
        fresh.lastSeen = t;
        fresh.inserted = true;
        if (prev != null) {
            fresh.previousId = prev.id;
            fresh.resendCount = prev.resendCount + 1;
            fresh.keep = prev.keep;
            resends++;
        } else {
            created++;
        }
        open.put(fresh.key, fresh);
        return fresh;
    }

    /**
     * Folds one row into its invitation. Compares field by field as it assigns (no before/after copies: this runs for
     * every row of every capture) and flags the row for {@link InvitationRows#flush}: dirty when a stored field other
     * than the sighting changed, text-dirty when the age text alone did.
     */
    private void observe(InvRow inv, ParsedRow row, long captureId) {
        boolean newest = inv.inserted || t >= inv.lastSeen;
        boolean changed = false;
        boolean textChanged = false; // alone, the daily case ("Sent 3 days ago" → "Sent 4 days ago"): a narrower UPDATE
        if (newest) {
            if (row.name() != null && !row.name().equals(inv.name)) {
                inv.name = row.name();
                changed = true;
            }
            if (row.headline() != null && !row.headline().equals(inv.headline)) {
                inv.headline = row.headline();
                changed = true;
            }
            if (row.profileUrl() != null && !row.profileUrl().equals(inv.profileUrl)) {
                inv.profileUrl = row.profileUrl();
                changed = true;
            }
            if (row.sentText() != null && !row.sentText().equals(inv.lastSentText)) {
                inv.lastSentText = row.sentText();
                textChanged = true;
            }
        }
        if (row.hasNote() && !inv.hasNote) {
            inv.hasNote = true;
            changed = true;
        }
        if (t < inv.firstSeen) {
            inv.firstSeen = t;
            changed = true;
        }
        // a sighting alone is not a change of fields: the flush stores it only where the account's mark does not give it
        inv.lastSeen = Math.max(inv.lastSeen, t);
        boolean contradiction = false;
        AgeDays age = row.ageDays();
        if (age != null) {
            long seenEarliest = Windows.earliest(t, age);
            long seenLatest = Windows.latest(t, age);
            if (!inv.windowKnown()) {
                changed |= inv.narrowTo(seenEarliest, seenLatest);
            } else {
                long earliest = Math.max(inv.sentEarliest, seenEarliest);
                long latest = Math.min(inv.sentLatest, seenLatest);
                if (earliest < latest) {
                    changed |= inv.narrowTo(earliest, latest);
                } else {
                    contradiction = true;
                    warnings.add(row.key() + ": \"" + row.sentText() + "\" at " + in.capturedAt()
                            + " contradicts the send interval " + Windows.describe(inv.sentEarliest, inv.sentLatest)
                            + (newest ? "; kept this newest observation" : "; kept the newer observations"));
                    if (newest) {
                        changed |= inv.narrowTo(seenEarliest, seenLatest);
                    }
                }
            }
        }
        if (changed) {
            inv.dirty = true;
        } else if (textChanged) {
            inv.textDirty = true;
        }
        Integer min = age == null ? null : age.min();
        Integer max = age == null ? null : age.max();
        if (contradiction || inv.observationDiffers(min, max, row.sentText())) {
            observations.add(new Object[] {captureId, inv.id, min, max, row.sentText()});
            inv.hasObservation = true;
            inv.obsAgeMin = min;
            inv.obsAgeMax = max;
            inv.obsText = row.sentText();
        }
    }

    /** Where {@link #touch}'s sum goes, so that no JIT drops its reads as unused (this merge's own: no shared state). */
    private long touched;

    /**
     * Reads, in one tight loop, what the page loop will read of each row the last merge listed: the row, its key,
     * descriptive Strings and latest observation's text with their bytes' headers, its send interval. The rows were
     * stored captures ago and lie scattered: the page loop meets them one by one, each miss waiting for the one before
     * (its body is long). A short loop of independent loads lets the processor fetch many at once, and the page loop
     * then finds them in the cache (lockstep pairs under C1: merge -0.2 to -0.3 ms). Touching the page's own rows as
     * well was slower: they are fresh. Returns the characters it saw plus the intervals' lowest bits (tests only).
     */
    static long touch(InvRow[] hint) {
        long sum = 0;
        for (InvRow h : hint) {
            if (h != null) {
                sum += h.key.length() + length(h.name) + length(h.headline) + length(h.profileUrl) + length(h.lastSentText)
                        + length(h.obsText) + (h.sentEarliest == null ? 0 : h.sentEarliest & 1)
                        + (h.sentLatest == null ? 0 : h.sentLatest & 1);
            }
        }
        return sum;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** Rows this capture listed are skipped by {@code lastSeen >= t}: observing a row moved its last_seen to t or later. */
    private void closeMissing(long accountId, Map<String, InvRow> open) throws SQLException {
        try (ConnectionEvidence.Lookup evidence = new ConnectionEvidence.Lookup(c, accountId)) {
            for (InvRow inv : open.values()) {
                if (inv.state != InvitationState.PENDING || inv.lastSeen >= t) {
                    continue;
                }
                if (activeWithdrawals == null) {
                    activeWithdrawals = WithdrawalLog.activeOfPending(c, accountId);
                }
                Long withdrawnAt = activeWithdrawals.get(inv.id);
                if (withdrawnAt != null) {
                    inv.close(InvitationState.WITHDRAWN, withdrawnAt);
                    closedWithdrawn++;
                } else if (evidence.explaining(inv, t) != null) {
                    inv.close(InvitationState.ACCEPTED, t);
                    closedAccepted++;
                } else {
                    inv.close(InvitationState.CLOSED_UNKNOWN, t);
                    closedUnknown++;
                }
                closedNow.add(inv);
            }
        }
    }

    private long insertCapture(long accountId, boolean complete) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO captures (account_id, captured_at, recorded_at,"
                + " source, url, rows_seen, total_shown, complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, accountId);
            ps.setLong(2, t);
            ps.setLong(3, now);
            ps.setString(4, in.source());
            ps.setString(5, in.url());
            ps.setInt(6, in.page().coverage().rowsSeen());
            Times.setInt(ps, 7, in.page().coverage().totalShown());
            ps.setInt(8, complete ? 1 : 0);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void writeWithdrawalUndos() throws SQLException {
        if (undoWithdrawals.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE withdrawals SET undone_at = ? WHERE invitation_id = ? AND undone_at IS NULL")) {
            for (long invitationId : undoWithdrawals) {
                ps.setLong(1, t);
                ps.setLong(2, invitationId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeObservations() throws SQLException {
        if (observations.isEmpty()) {
            return;
        }
        // batched binds: one INSERT … SELECT FROM json_each(?) of the same rows measured slower (each ->> re-reads the JSON)
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO observations (capture_id, invitation_id, age_min,"
                + " age_max, sent_text) VALUES (?, ?, ?, ?, ?)")) {
            for (Object[] o : observations) {
                ps.setLong(1, (Long) o[0]);
                ps.setLong(2, (Long) o[1]);
                Times.setInt(ps, 3, (Integer) o[2]);
                Times.setInt(ps, 4, (Integer) o[3]);
                if (o[4] == null) {
                    ps.setNull(5, Types.VARCHAR);
                } else {
                    ps.setString(5, (String) o[4]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The capture row keeps the parser's warnings and the merge's; the result returns only the merge's. */
    private List<String> writeWarnings(long captureId) throws SQLException {
        List<String> all = new ArrayList<>(in.page().warnings());
        all.addAll(warnings);
        if (all.isEmpty()) {
            return all;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE captures SET warnings = ? WHERE id = ?")) {
            ps.setString(1, JsonArray.of(all));
            ps.setLong(2, captureId);
            ps.executeUpdate();
        }
        return all;
    }

}
