package dev.inviteledger.ledger;

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

    boolean inserted;
    boolean dirty;

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
        dirty = true;
    }

    void reopen() {
        state = InvitationState.PENDING;
        closedAt = null;
        dirty = true;
    }
}
