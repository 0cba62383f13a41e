package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of an account's history since a horizon that a merge's own rows do not hold: closed invitations closed or
 * last seen since then, captures since then (plus the latest complete one before, the policy's fallback), withdrawals
 * since then, and the active withdrawals of pending invitations. Kept in the {@link OpenRowsCache} beside the pending
 * rows, so a resident agent's capture does not read them again (issue 9: ~1 ms of a merge). Valid for any horizon at
 * or after {@link #since()}; each answer moves the horizon forward and drops what fell behind it.
 *
 * <p>Every write that changes these tables must tell it: a merge through {@link CaptureMerger} (its capture, the rows
 * it closed, saw late or reopened), a withdrawal, an undo or a pin through {@link OpenRowsCache.Change}; anything
 * else drops the whole cache entry ({@link Ledger}'s write helpers). When a change cannot be applied from what is
 * known here (a closed row seen late that was not kept), {@link #invalid()} says to read it all again.
 */
final class RecentHistory {
    /** A closed invitation's record and its recency, the key of the partial index invitations_closed_by_recency. */
    private record Closed(InvitationRecord record, long recency) {}

    private static final Comparator<CaptureRecord> CAPTURE_ORDER =
            Comparator.comparing(CaptureRecord::capturedAt).thenComparingLong(CaptureRecord::id);
    private static final Comparator<WithdrawalRecord> WITHDRAWAL_ORDER =
            Comparator.comparing(WithdrawalRecord::withdrawnAt).thenComparingLong(WithdrawalRecord::id);

    private final String account;
    private long since;
    private final Map<Long, Closed> closed = new HashMap<>();
    private final List<CaptureRecord> captures = new ArrayList<>();
    /** The latest complete capture before {@link #since}, or null. */
    private CaptureRecord fallback;
    private final List<WithdrawalRecord> withdrawals = new ArrayList<>();
    private final Map<Long, Long> activeOfPending;
    private boolean invalid;

    private RecentHistory(String account, long since, Map<Long, Long> activeOfPending) {
        this.account = account;
        this.since = since;
        this.activeOfPending = activeOfPending;
    }

    /** Reads it from the file (inside a transaction): the same statements {@link LedgerReads#history} runs. */
    static RecentHistory read(Connection c, String account, long accountId, long since) throws SQLException {
        RecentHistory h = new RecentHistory(account, since, WithdrawalLog.activeOfPending(c, accountId));
        for (InvitationRecord r : LedgerReads.closedSince(c, accountId, since)) {
            h.closed.put(r.id(), new Closed(r, recency(Times.millis(r.closedAt() != null ? r.closedAt() : r.lastSeen()),
                    Times.millis(r.lastSeen()))));
        }
        for (CaptureRecord k : LedgerReads.captures(c, accountId, since)) {
            if (Times.millis(k.capturedAt()) < since) {
                h.fallback = k;
            } else {
                h.captures.add(k);
            }
        }
        h.withdrawals.addAll(WithdrawalLog.forAccount(c, accountId, since));
        return h;
    }

    long since() {
        return since;
    }

    boolean invalid() {
        return invalid;
    }

    /** Latest active withdrawal of each pending invitation that has one, by id (as {@link WithdrawalLog#activeOfPending}). */
    Map<Long, Long> activeOfPending() {
        return activeOfPending;
    }

    /**
     * The history since {@code from} (at or after {@link #since()}), given the account's pending invitations as
     * records; then forgets what lies before {@code from}.
     */
    AccountHistory answer(List<InvitationRecord> pending, long from) {
        if (from < since || invalid) {
            throw new IllegalStateException("recent history from " + since + " cannot answer from " + from);
        }
        moveTo(from);
        List<InvitationRecord> invitations = new ArrayList<>(pending.size() + closed.size());
        invitations.addAll(pending);
        for (Closed c : closed.values()) {
            invitations.add(c.record());
        }
        invitations.sort(Comparator.comparingLong(InvitationRecord::id));
        List<CaptureRecord> caps = new ArrayList<>(captures.size() + 1);
        if (fallback != null) {
            caps.add(fallback);
        }
        caps.addAll(captures);
        return new AccountHistory(account, invitations, caps, withdrawals);
    }

    private void moveTo(long from) {
        if (from == since) {
            return;
        }
        since = from;
        closed.values().removeIf(c -> c.recency() < from);
        for (Iterator<CaptureRecord> it = captures.iterator(); it.hasNext(); ) {
            CaptureRecord k = it.next();
            if (Times.millis(k.capturedAt()) < from) {
                if (k.complete() && (fallback == null || CAPTURE_ORDER.compare(k, fallback) > 0)) {
                    fallback = k;
                }
                it.remove();
            }
        }
        withdrawals.removeIf(w -> Times.millis(w.withdrawnAt()) < from);
    }

    // ---- a merge ------------------------------------------------------------------------------------------------

    /** The merge's capture, as the file now holds it. */
    void captured(CaptureRecord k) {
        if (Times.millis(k.capturedAt()) >= since) {
            captures.add(k);
            captures.sort(CAPTURE_ORDER); // a late capture lands among the others
        } else if (k.complete() && (fallback == null || CAPTURE_ORDER.compare(k, fallback) > 0)) {
            fallback = k;
        }
    }

    /**
     * A row the merge left closed: one it closed (with its active withdrawal, for a withdrawn one) or a closed one it
     * saw late ({@code withdrawnAt} unknown: the kept record's is still right, as the merge changes no withdrawal of it).
     */
    void closedRow(InvRow row, Long withdrawnAt, boolean withdrawnAtKnown) {
        long recency = recency(row);
        Closed kept = closed.get(row.id);
        if (!withdrawnAtKnown) {
            if (kept == null) {
                if (recency >= since) {
                    // not expected: a late sighting lies before the close, so it leaves the recency as it was (below
                    // the horizon, or the row would be kept); should it ever differ, read it all again
                    invalid = true;
                }
                return;
            }
            withdrawnAt = kept.record().withdrawnAt() == null ? null : Times.millis(kept.record().withdrawnAt());
        }
        activeOfPending.remove(row.id);
        if (recency >= since) {
            closed.put(row.id, new Closed(row.toRecord(account, Times.instant(withdrawnAt)), recency));
        } else {
            closed.remove(row.id);
        }
    }

    /** A closed invitation the merge reopened: pending again, its withdrawals undone at {@code at}. */
    void reopened(long invitationId, long at) {
        closed.remove(invitationId);
        activeOfPending.remove(invitationId);
        withdrawals.replaceAll(w -> w.invitationId() == invitationId && w.undoneAt() == null
                ? new WithdrawalRecord(w.id(), w.invitationId(), w.key(), w.name(), w.withdrawnAt(), w.source(),
                Times.instant(at))
                : w);
    }

    /** A withdrawal names its invitation as the invitation is named now: after a merge, renamed rows rename theirs. */
    void renameWithdrawals(Map<String, InvRow> pending, List<InvRow> others) {
        if (withdrawals.isEmpty()) {
            return;
        }
        Map<Long, InvRow> byId = new HashMap<>();
        for (InvRow r : others) {
            byId.put(r.id, r);
        }
        withdrawals.replaceAll(w -> {
            InvRow r = pending.get(w.key());
            if (r == null || r.id != w.invitationId()) {
                r = byId.get(w.invitationId());
            }
            return r == null || Objects.equals(r.name, w.name()) ? w
                    : new WithdrawalRecord(w.id(), w.invitationId(), w.key(), r.name, w.withdrawnAt(), w.source(),
                    w.undoneAt());
        });
    }

    // ---- a write outside a merge --------------------------------------------------------------------------------

    /** A withdrawal, an undo or a pin, as {@link OpenRowsCache.Change} read it back after the write. */
    void apply(OpenRowsCache.Change change) {
        InvRow row = change.row();
        if (row.state == InvitationState.PENDING) {
            closed.remove(row.id);
            if (change.activeWithdrawnAt() != null) {
                activeOfPending.put(row.id, change.activeWithdrawnAt());
            } else {
                activeOfPending.remove(row.id);
            }
        } else {
            closedRow(row, change.activeWithdrawnAt(), true);
        }
        withdrawals.removeIf(w -> w.invitationId() == row.id);
        for (WithdrawalRecord w : change.withdrawals()) {
            if (Times.millis(w.withdrawnAt()) >= since) {
                withdrawals.add(w);
            }
        }
        withdrawals.sort(WITHDRAWAL_ORDER);
    }

    private static long recency(InvRow row) {
        return recency(row.closedAt != null ? row.closedAt : row.lastSeen, row.lastSeen);
    }

    /** {@code max(coalesce(closed_at, last_seen), last_seen)}, as the partial index spells it. */
    private static long recency(long closedOrSeen, long lastSeen) {
        return Math.max(closedOrSeen, lastSeen);
    }
}
