package dev.inviteledger.policy;

import dev.inviteledger.page.AgeDays;
import java.util.List;

/**
 * The status sentences of one evaluation's pending invitations. A capture classifies ~1,500 of them whose ages
 * fall on far fewer distinct intervals, and a pending status and its words depend only on the interval and the
 * policy: each interval's sentences are built once per evaluation instead of once per row. One per evaluation
 * (not thread-safe, and tied to its policy).
 */
final class ReasonTexts {
    private static final List<String> UNKNOWN = List.of("send date unknown: never planned for withdrawal");

    /**
     * A direct-mapped memo: an interval's slot holds the last interval that hashed there, and a miss only costs
     * rebuilding the words. A HashMap keyed by the interval (or a long packing it) was tried: both hashes put
     * most of a capture's intervals (narrow, similar widths) into a few buckets.
     */
    private static final int SLOT_BITS = 10;

    private final Policy policy;
    private final String threshold;
    private final AgeDays[] ages = new AgeDays[1 << SLOT_BITS];
    @SuppressWarnings("unchecked")
    private final List<String>[] words = new List[1 << SLOT_BITS];

    ReasonTexts(Policy policy) {
        this.policy = policy;
        this.threshold = policy.withdrawAfterDays() + "-day threshold";
    }

    Policy policy() {
        return policy;
    }

    /** The reasons for a pending invitation of this age (null: unknown send date) and the status it gives. */
    List<String> pending(Status status, AgeDays age) {
        if (age == null) {
            return UNKNOWN;
        }
        int slot = (age.min() * 0x9E3779B1 + age.max() * 0x85EBCA6B) >>> (32 - SLOT_BITS);
        AgeDays held = ages[slot];
        if (held != null && held.min() == age.min() && held.max() == age.max()) {
            return words[slot];
        }
        List<String> built = statusWords(status, age);
        ages[slot] = age;
        words[slot] = built;
        return built;
    }

    private List<String> statusWords(Status status, AgeDays age) {
        return switch (status) {
            case FRESH -> List.of(AgeText.sentAgo(age) + ", still fresh (under " + Classifier.FRESH_DAYS + " days)");
            case WAITING -> List.of(AgeText.sentAgo(age) + ", under the " + threshold);
            case STALE -> List.of(AgeText.sentAgo(age) + ", past the " + threshold);
            case OVERDUE -> List.of(AgeText.sentAgo(age) + ", past the " + threshold,
                    "overdue: older than " + policy.overdueAfterDays() + " days");
            case UNKNOWN, WITHDRAWN, ACCEPTED, CLOSED_UNKNOWN ->
                    throw new IllegalArgumentException("no age-based words for " + status);
        };
    }
}
