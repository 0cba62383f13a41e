package dev.inviteledger.policy;

import com.fasterxml.jackson.annotation.JsonValue;

/** Facts worth a badge, independent of age. */
public enum Flag {
    /** Sent without a personal note: withdrawn before noted ones of the same age (seed 001). */
    NO_NOTE("no-note"),
    /** An earlier invitation to the same person was closed; this is a re-send. */
    RESENT("resent"),
    /** Re-sent more than once: serial re-sending reads as spam (seed 000). */
    SPAM_RISK("spam-risk"),
    /** Pinned by the user: never planned for withdrawal. */
    KEEP("keep");

    private final String wireName;

    Flag(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
