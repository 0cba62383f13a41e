package dev.inviteledger.ledger;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an invitation stands in the ledger. LinkedIn never says why a pending invitation vanished,
 * so a disappearance without our own withdrawal or connection evidence stays {@link #CLOSED_UNKNOWN}.
 */
public enum InvitationState {
    PENDING("pending"),
    WITHDRAWN("withdrawn"),
    ACCEPTED("accepted"),
    CLOSED_UNKNOWN("closed-unknown");

    private final String wireName;

    InvitationState(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public boolean isClosed() {
        return this != PENDING;
    }

    public static InvitationState fromWire(String s) {
        for (InvitationState st : values()) {
            if (st.wireName.equals(s)) {
                return st;
            }
        }
        throw new IllegalArgumentException("unknown invitation state: " + s);
    }
}
