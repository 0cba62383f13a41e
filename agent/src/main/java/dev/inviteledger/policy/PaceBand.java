package dev.inviteledger.policy;

import com.fasterxml.jackson.annotation.JsonValue;

/** Invitations sent per calendar day, in the bands of the one published acceptance-by-pace figure (seed 000). */
public enum PaceBand {
    LOW("0-9", 0, 9, null),
    PEAK("10-19", 10, 19, 0.34),
    BRISK("20-29", 20, 29, 0.306),
    HIGH("30+", 30, Integer.MAX_VALUE, null);

    /** Where the reference rates come from; shown beside them on every surface. */
    public static final String PUBLISHED_SOURCE = "seed 000 (Reachium, 2026-05-30): acceptance peaks at 34 % for "
            + "accounts sending 10–19 invites a day and falls to 30.6 % at 20–29 a day";

    private final String label;
    private final int low;
    private final int high;
    private final Double published;

    PaceBand(String label, int low, int high, Double published) {
        this.label = label;
        this.low = low;
        this.high = high;
        this.published = published;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }

    /** The published acceptance rate for this band, or null where none was published. */
    public Double published() {
        return published;
    }

    public static PaceBand of(int sentThatDay) {
        for (PaceBand b : values()) {
            if (sentThatDay >= b.low && sentThatDay <= b.high) {
                return b;
            }
        }
        return LOW; // negative counts do not happen; treat as the lowest band
    }
}
