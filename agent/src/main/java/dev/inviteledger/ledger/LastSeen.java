package dev.inviteledger.ledger;

/**
 * How an invitation's last sighting is stored (schema v4). A complete page capture lists every pending invitation of
 * its account; rewriting {@code last_seen} of each (~1,500 rows every morning) was most of a merge's cost. Instead
 * the account keeps the capture time of its latest complete page capture ({@code accounts.last_complete_seen}, the
 * mark), and a pending invitation that capture listed — or one last seen at or after it — carries
 * {@code seen_last_complete = 1}. Its last sighting is then the later of {@code last_seen} and the mark; for every
 * other invitation it is {@code last_seen}. A complete capture moves the mark and changes no row it merely saw again.
 *
 * <p>Why the flag cannot go stale: a complete capture at the new mark closes every pending invitation it does not list
 * and that was last seen before it, and closing (like every write of a row) stores the last sighting itself and
 * clears the flag. So a marked invitation was listed by the capture at the mark, or was seen at or after it. Every
 * read computes the sighting with {@link #SQL}; nothing else reads the two columns.
 */
final class LastSeen {
    /** The last sighting of invitation {@code i} of account {@code a}. */
    static final String SQL = "(CASE WHEN i.seen_last_complete = 1 AND a.last_complete_seen > i.last_seen"
            + " THEN a.last_complete_seen ELSE i.last_seen END)";

    private LastSeen() {}

    /** What {@link #SQL} computes, for a row's stored values and its account's mark (null: none yet). */
    static long of(long stored, boolean marked, Long mark) {
        return marked && mark != null && mark > stored ? mark : stored;
    }

    /** The flag a row written now gets: pending and seen no earlier than the mark. Stored last_seen is its sighting. */
    static boolean marks(InvitationState state, long lastSeen, Long mark) {
        return state == InvitationState.PENDING && mark != null && lastSeen >= mark;
    }
}
