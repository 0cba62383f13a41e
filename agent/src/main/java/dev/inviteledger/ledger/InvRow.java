package dev.inviteledger.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * Mutable working copy of one invitations row (plus its latest observation) used inside a write
 * transaction; never leaves the package. Times are epoch milliseconds.
 */
final class InvRow {
    long id;
    String key;
    String name;
    String headline;
    String profileUrl;
    InvitationState state;
    Long sentEarliest;
    Long sentLatest;
    long firstSeen;
    long lastSeen;
    boolean hasNote;
    Long closedAt;
    Long previousId;
    int resendCount;
    boolean keep;
    String lastSentText;

    /** The latest stored observation, to store a new one only when something changed. */
    boolean hasObservation;
    Integer obsAgeMin;
    Integer obsAgeMax;
    String obsText;

    /** Flags for {@link InvitationRows#flush}: a new row; descriptive fields changed; state, close or pin changed. */
    boolean inserted;
    boolean dirty;
    /** Of the descriptive fields, only last_sent_text changed (most rows a daily capture changes). */
    boolean textDirty;
    boolean stateDirty;

    /** The capture (id) whose merge last found this row listed: a second row for the same key is a duplicate. */
    long listedBy;
    /** Where in its page that merge found it ({@link OpenRowsCache.Entry#listed}); -1 when none did. */
    int listedAt = -1;

    /** last_seen and seen_last_complete as stored: {@link #lastSeen} is the sighting they give ({@link LastSeen}). */
    long storedLastSeen;
    boolean markedSeen;

    boolean windowKnown() {
        return sentEarliest != null && sentLatest != null;
    }

    /** Sets the send interval; true when that changed it. */
    boolean narrowTo(long earliest, long latest) {
        if (sentEarliest != null && sentLatest != null && sentEarliest == earliest && sentLatest == latest) {
            return false;
        }
        sentEarliest = earliest;
        sentLatest = latest;
        return true;
    }

    boolean observationDiffers(Integer ageMin, Integer ageMax, String text) {
        return !hasObservation || !Objects.equals(obsAgeMin, ageMin) || !Objects.equals(obsAgeMax, ageMax)
                || !Objects.equals(obsText, text);
    }

    void close(InvitationState how, long at) {
        state = how;
        closedAt = at;
        stateDirty = true;
    }

    void reopen() {
        state = InvitationState.PENDING;
        closedAt = null;
        stateDirty = true;
    }

    void pin(boolean value) {
        keep = value;
        stateDirty = true;
    }

    /** The row as the read model shows it. */
    InvitationRecord toRecord(String account, Instant withdrawnAt) {
        return new InvitationRecord(id, account, key, name, headline, profileUrl, state, window(), firstSeenInstant(),
                lastSeenInstant(), hasNote, Times.instant(closedAt), withdrawnAt, resendCount, previousId, keep,
                lastSentText);
    }

    /*
     * The record's immutable parts, kept while the fields they were made from are unchanged: a resident agent builds
     * ~1,500 records per capture from rows whose interval and first sighting rarely change. Each checks its source
     * against the values it was made from, held here as plain longs: reading the parts themselves back (an object and
     * two Instants for the window) cost a cache miss each, for every row of every capture.
     */
    private SendWindow window;
    private long windowEarliest;
    private long windowLatest;
    private Instant firstSeenAt;
    private long firstSeenAtMillis;
    private Instant lastSeenAt;
    private long lastSeenAtMillis;

    private SendWindow window() {
        if (!windowKnown()) {
            return null;
        }
        long earliest = sentEarliest;
        long latest = sentLatest;
        if (window == null || windowEarliest != earliest || windowLatest != latest) {
            window = new SendWindow(Instant.ofEpochMilli(earliest), Instant.ofEpochMilli(latest));
            windowEarliest = earliest;
            windowLatest = latest;
        }
        return window;
    }

    private Instant firstSeenInstant() {
        if (firstSeenAt == null || firstSeenAtMillis != firstSeen) {
            firstSeenAt = Instant.ofEpochMilli(firstSeen);
            firstSeenAtMillis = firstSeen;
        }
        return firstSeenAt;
    }

    private Instant lastSeenInstant() {
        if (lastSeenAt == null || lastSeenAtMillis != lastSeen) {
            lastSeenAt = Instant.ofEpochMilli(lastSeen);
            lastSeenAtMillis = lastSeen;
        }
        return lastSeenAt;
    }
}
