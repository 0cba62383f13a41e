package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds LinkedIn's data export into the ledger inside the caller's write transaction (docs/ledger.md):
 * <ul>
 * <li>an OUTGOING invitation narrows the send interval of the invitation it belongs to down to its minute
 *     (the export is official: when it contradicts the page ages, the export wins and a warning says so),
 *     and marks the note; an invitation not in the ledger yet becomes pending, unless a complete capture
 *     taken after its send time did not list it (the export predates that capture: it was already closed);</li>
 * <li>a connection day is stored as evidence and upgrades pending / closed-unknown invitations it explains
 *     (see {@link ConnectionEvidence}) to accepted;</li>
 * <li>the export has no date of its own, so it never closes anything and never counts as a page capture.</li>
 * </ul>
 * Idempotent: importing the same export again changes nothing and records no capture.
 */
final class ExportImporter {
    private static final long MINUTE_MS = 60_000L;

    private final Connection c;
    private final String account;
    private final DataExport export;
    private final long at;
    private final List<String> warnings = new ArrayList<>();
    private final List<InvRow> touched = new ArrayList<>();
    private final Set<Long> touchedIds = new HashSet<>();
    private int created;
    private int sharpened;
    private int skipped;
    private int evidenceAdded;
    private int accepted;

    ExportImporter(Connection c, String account, DataExport export, Instant at) {
        this.c = c;
        this.account = AccountNames.normalize(account);
        this.export = export;
        this.at = Times.millis(at);
    }

    ImportResult apply() throws SQLException {
        warnings.addAll(export.warnings());
        long accountId = Accounts.ensure(c, account, at);
        Map<String, InvRow> open = InvitationRows.loadOpen(c, accountId);
        Map<String, ExportedInvitation> outgoing = latestPerKey(export.outgoing());
        Map<String, List<InvRow>> closed = outgoing.isEmpty() ? Map.of()
                : InvitationRows.loadClosed(c, accountId, outgoing.keySet());
        Long lastComplete = lastCompletePageCapture(accountId);
        long[] nextId = {InvitationRows.nextId(c)};
        for (ExportedInvitation e : outgoing.values()) {
            applyInvitation(e, open, closed.getOrDefault(e.key(), List.of()), lastComplete, nextId);
        }
        applyConnections(accountId, open);
        InvitationRows.flush(c, accountId, touched);

        Long captureId = null;
        if (created + sharpened + evidenceAdded + accepted > 0) {
            captureId = insertCapture(accountId);
        }
        return new ImportResult(captureId, export.outgoing().size(), created, sharpened, skipped,
                export.connections().size(), evidenceAdded, accepted, export.incomingIgnored(), warnings);
    }

    private Map<String, ExportedInvitation> latestPerKey(List<ExportedInvitation> rows) {
        Map<String, ExportedInvitation> out = new LinkedHashMap<>();
        for (ExportedInvitation e : rows) {
            ExportedInvitation before = out.get(e.key());
            if (before != null) {
                warnings.add(e.origin() + ": a second open invitation to " + e.key() + "; kept the later one");
            }
            if (before == null || e.sentMinute().isAfter(before.sentMinute())) {
                out.put(e.key(), e);
            }
        }
        return out;
    }

    private void applyInvitation(ExportedInvitation e, Map<String, InvRow> open, List<InvRow> closed,
                                 Long lastComplete, long[] nextId) {
        long sent = Times.millis(e.sentMinute());
        long sentEnd = sent + MINUTE_MS;
        InvRow current = open.get(e.key());
        InvRow match = current != null && couldBe(current, sent, sentEnd) ? current : null;
        for (int i = closed.size() - 1; match == null && i >= 0; i--) {
            if (couldBe(closed.get(i), sent, sentEnd)) {
                match = closed.get(i);
            }
        }
        InvRow prev = closed.isEmpty() ? null : closed.get(closed.size() - 1);
        if (match == null && current != null && (prev == null || sent >= prev.closedAt)) {
            match = current; // the same invitation, but its page ages disagree with the export
        }
        if (match != null) {
            sharpen(match, e, sent, sentEnd);
            return;
        }
        if (current != null || (prev != null && sent < prev.closedAt)) {
            skipped++;
            warnings.add(e.origin() + ": " + e.key() + " sent at " + e.sentMinute()
                    + " matches no invitation in the ledger; not recorded");
            return;
        }
        if (lastComplete != null && sent < lastComplete) {
            skipped++;
            warnings.add(e.origin() + ": " + e.key() + " sent at " + e.sentMinute() + " was not listed by the complete"
                    + " capture at " + Instant.ofEpochMilli(lastComplete) + "; the export is older, so it was not recorded");
            return;
        }
        InvRow fresh = new InvRow();
        fresh.id = nextId[0]++;
        fresh.key = e.key();
        fresh.name = e.name();
        fresh.profileUrl = e.profileUrl();
        fresh.state = InvitationState.PENDING;
        fresh.sentEarliest = sent;
        fresh.sentLatest = sentEnd;
        fresh.firstSeen = at;
        fresh.lastSeen = at;
        fresh.hasNote = e.hasNote();
        fresh.inserted = true;
        if (prev != null) {
            fresh.previousId = prev.id;
            fresh.resendCount = prev.resendCount + 1;
            fresh.keep = prev.keep;
        }
        open.put(fresh.key, fresh);
        touch(fresh);
        created++;
    }

    /** Could this ledger invitation be the one sent in [sent, sentEnd)? */
    private static boolean couldBe(InvRow inv, long sent, long sentEnd) {
        boolean window = !inv.windowKnown() || Windows.intersect(inv.sentEarliest, inv.sentLatest, sent, sentEnd) != null;
        boolean beforeClose = inv.closedAt == null || sent < inv.closedAt;
        return window && beforeClose && sent <= inv.firstSeen;
    }

    private void sharpen(InvRow inv, ExportedInvitation e, long sent, long sentEnd) {
        boolean changed = false;
        long[] both = inv.windowKnown() ? Windows.intersect(inv.sentEarliest, inv.sentLatest, sent, sentEnd) : null;
        if (inv.windowKnown() && both == null) {
            warnings.add(e.origin() + ": LinkedIn's export says " + e.key() + " was sent at " + e.sentMinute()
                    + ", outside the interval " + Windows.describe(inv.sentEarliest, inv.sentLatest)
                    + " the page ages gave; kept the export's time");
        }
        long[] next = both != null ? both : new long[] {sent, sentEnd};
        if (!inv.windowKnown() || next[0] != inv.sentEarliest || next[1] != inv.sentLatest) {
            inv.sentEarliest = next[0];
            inv.sentLatest = next[1];
            changed = true;
        }
        if (e.hasNote() && !inv.hasNote) {
            inv.hasNote = true;
            changed = true;
        }
        if (inv.name == null && e.name() != null) {
            inv.name = e.name();
            changed = true;
        }
        if (inv.profileUrl == null && e.profileUrl() != null) {
            inv.profileUrl = e.profileUrl();
            changed = true;
        }
        if (changed && !inv.inserted) {
            inv.dirty = true;
            sharpened++;
            touch(inv);
        }
    }

    private void applyConnections(long accountId, Map<String, InvRow> open) throws SQLException {
        if (export.connections().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO connection_evidence (account_id, key, connected_on,"
                + " source, recorded_at) VALUES (?, ?, ?, 'export', ?) ON CONFLICT DO NOTHING")) {
            for (ExportedConnection conn : export.connections()) {
                ps.setLong(1, accountId);
                ps.setString(2, conn.key());
                ps.setString(3, conn.connectedOn().toString());
                ps.setLong(4, at);
                ps.addBatch();
            }
            for (int n : ps.executeBatch()) {
                evidenceAdded += n > 0 ? 1 : 0;
            }
        }
        Set<String> keys = new HashSet<>();
        export.connections().forEach(conn -> keys.add(conn.key()));
        Map<String, List<InvRow>> closed = InvitationRows.loadClosed(c, accountId, keys);
        for (ExportedConnection conn : export.connections()) {
            InvRow pending = open.get(conn.key());
            if (pending != null && pending.state == InvitationState.PENDING
                    && ConnectionEvidence.explains(pending, conn.connectedOn(), at)) {
                long dayStart = ConnectionEvidence.dayStart(conn.connectedOn());
                pending.close(InvitationState.ACCEPTED, Math.max(dayStart, pending.lastSeen));
                accepted++;
                touch(pending);
            }
            for (InvRow inv : closed.getOrDefault(conn.key(), List.of())) {
                InvRow live = touchedIds.contains(inv.id) ? find(inv.id) : inv;
                if (live.state == InvitationState.CLOSED_UNKNOWN
                        && ConnectionEvidence.explains(live, conn.connectedOn(), live.closedAt)) {
                    live.close(InvitationState.ACCEPTED, live.closedAt);
                    accepted++;
                    touch(live);
                }
            }
        }
    }

    private InvRow find(long id) {
        for (InvRow r : touched) {
            if (r.id == id) {
                return r;
            }
        }
        throw new IllegalStateException("invitation " + id + " not loaded");
    }

    private void touch(InvRow r) {
        if (touchedIds.add(r.id)) {
            touched.add(r);
        }
    }

    private Long lastCompletePageCapture(long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(captured_at) FROM captures WHERE account_id = ?"
                + " AND complete = 1 AND source <> 'import'")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Times.getLong(rs, 1);
            }
        }
    }

    private long insertCapture(long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO captures (account_id, captured_at, recorded_at,"
                + " source, url, rows_seen, total_shown, complete, warnings) VALUES (?, ?, ?, 'import', NULL, ?, NULL, 0, ?)"
                + " RETURNING id")) {
            ps.setLong(1, accountId);
            ps.setLong(2, at);
            ps.setLong(3, at);
            ps.setInt(4, export.outgoing().size());
            ps.setString(5, JsonArray.of(warnings));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
