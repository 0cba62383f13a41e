package dev.inviteledger.policy;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an invitation is now. Pending ones by age (lower bound): fresh < 7 days ≤ waiting < withdrawAfterDays
 * ≤ stale < overdueAfterDays ≤ overdue; unknown without a readable send date. Closed ones by ledger state.
 */
public enum Status {
    FRESH("fresh"),
    WAITING("waiting"),
    STALE("stale"),
    OVERDUE("overdue"),
    UNKNOWN("unknown"),
    WITHDRAWN("withdrawn"),
    ACCEPTED("accepted"),
    CLOSED_UNKNOWN("closed-unknown");

    private final String wireName;

    Status(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Old enough to withdraw. */
    public boolean isWithdrawable() {
        return this == STALE || this == OVERDUE;
    }

    public static Status fromWire(String s) {
        for (Status st : values()) {
            if (st.wireName.equals(s)) {
                return st;
            }
        }
        throw new IllegalArgumentException("unknown status: " + s);
    }
}
