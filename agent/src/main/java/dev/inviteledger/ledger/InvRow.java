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
    boolean stateDirty;
    /** Only last_seen moved (the common case for a daily capture): written by one set-based UPDATE. */
    boolean seenOnly;

    boolean windowKnown() {
        return sentEarliest != null && sentLatest != null;
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
        SendWindow window = windowKnown() ? new SendWindow(Instant.ofEpochMilli(sentEarliest), Instant.ofEpochMilli(sentLatest)) : null;
        return new InvitationRecord(id, account, key, name, headline, profileUrl, state, window,
                Instant.ofEpochMilli(firstSeen), Instant.ofEpochMilli(lastSeen), hasNote, Times.instant(closedAt),
                withdrawnAt, resendCount, previousId, keep, lastSentText);
    }

    /** The descriptive fields, to tell a real change from a mere sighting. */
    Object[] fields() {
        return new Object[] {name, headline, profileUrl, lastSentText, hasNote, sentEarliest, sentLatest, firstSeen};
    }
}
