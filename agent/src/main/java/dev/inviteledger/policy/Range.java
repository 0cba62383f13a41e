package dev.inviteledger.policy;

/** A whole-number interval {min, max}; unlike an age it may be negative (e.g. weekly headroom over the limit). */
public record Range(int min, int max) {
    public Range {
        if (max < min) {
            throw new IllegalArgumentException("bad range [" + min + "," + max + "]");
        }
    }

    /** "12" or "12–14", for sentences. */
    public String text() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
