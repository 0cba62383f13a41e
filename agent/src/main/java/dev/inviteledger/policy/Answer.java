package dev.inviteledger.policy;

import com.fasterxml.jackson.annotation.JsonValue;

/** A yes/no question answered from intervals: sometimes the honest answer is "maybe". */
public enum Answer {
    NO("no"), MAYBE("maybe"), YES("yes");

    private final String wireName;

    Answer(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** "Is some value in [min,max] inside [low,high]?" answered for the whole interval. */
    static Answer inside(Range r, int low, int high) {
        if (r.min() >= low && r.max() <= high) {
            return YES;
        }
        if (r.max() < low || r.min() > high) {
            return NO;
        }
        return MAYBE;
    }
}
