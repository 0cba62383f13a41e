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

    /**
     * This merge's page's own String for {@link #key} (equal text), while the merge builds the row's record: the answer's
     * key is then the instance the page rows carry, so the report's look-up of each page row ends at {@code ==}
     * instead of comparing with a String read from SQLite long ago (a cache miss or two per row). Set only on pending
     * rows the page listed and cleared by the walk that builds the records, so the cache never keeps a page alive.
     */
    String pageKey;

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
        return toRecord(account, withdrawnAt, key);
    }

    /** {@link #toRecord(String, Instant)} with {@code sameKey}, a String equal to {@link #key}, as the record's key. */
    InvitationRecord toRecord(String account, Instant withdrawnAt, String sameKey) {
        return new InvitationRecord(id, account, sameKey, name, headline, profileUrl, state, window(), firstSeenInstant(),
                lastSeenInstant(), hasNote, Times.instant(closedAt), withdrawnAt, resendCount, previousId, keep,
                lastSentText);
    }

    /*
     * The record's sightings, kept while the fields they were made from are unchanged: a resident agent builds ~1,500
     * records per capture from rows whose first sighting rarely changes. Each checks its source against the value it
     * was made from, held here as a plain long: reading the Instant back cost a cache miss, for every row of every
     * capture.
     */
    private Instant firstSeenAt;
    private long firstSeenAtMillis;
    private Instant lastSeenAt;
    private long lastSeenAtMillis;

    /**
     * A new window for every record, not one kept from an earlier capture: the policy reads every pending record's
     * window first thing ({@code SendAge}), and a kept one (with its two Instants) lay wherever the capture that last
     * narrowed the interval left it, often months ago: a cache miss or three per row, ~0.13 ms of the policy under C1.
     * Made here, they sit next to the record that points to them. ~0.1 MB more garbage per capture.
     */
    private SendWindow window() {
        if (!windowKnown()) {
            return null;
        }
        return new SendWindow(Instant.ofEpochMilli(sentEarliest), Instant.ofEpochMilli(sentLatest));
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
