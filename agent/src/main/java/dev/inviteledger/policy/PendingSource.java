package dev.inviteledger.policy;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where the pending count came from, best first. */
public enum PendingSource {
    /** The "People (N)" count of the latest capture: LinkedIn's own number. */
    PEOPLE_COUNT("people-count"),
    /** The rows of the latest complete capture (every pending invitation was on the page). */
    COMPLETE_CAPTURE("complete-capture"),
    /** Pending invitations in the ledger: only those ever seen, so a lower bound. */
    LEDGER("ledger");

    private final String wireName;

    PendingSource(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
