package dev.inviteledger.policy;

import dev.inviteledger.page.AgeDays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status sentences of one evaluation's pending invitations. A capture classifies ~1,500 of them whose ages
 * fall on far fewer distinct intervals, and a pending status and its words depend only on the interval and the
 * policy: each interval's sentences are built once per evaluation instead of once per row. One per evaluation
 * (not thread-safe, and tied to its policy).
 */
final class ReasonTexts {
    private final Policy policy;
    private final String threshold;
    private final Map<Long, List<String>> byAge = new HashMap<>();

    ReasonTexts(Policy policy) {
        this.policy = policy;
        this.threshold = policy.withdrawAfterDays() + "-day threshold";
    }

    Policy policy() {
        return policy;
    }

    /** The reasons for a pending invitation of this age (null: unknown send date) and status. */
    List<String> pending(Status status, AgeDays age) {
        if (age == null) {
            return statusWords(status, null);
        }
        // min and max are non-negative ints: the pair packs into one long without collisions
        return byAge.computeIfAbsent(((long) age.min() << 32) | age.max(), k -> statusWords(status, age));
    }

    private List<String> statusWords(Status status, AgeDays age) {
        return switch (status) {
            case FRESH -> List.of(AgeText.sentAgo(age) + ", still fresh (under " + Classifier.FRESH_DAYS + " days)");
            case WAITING -> List.of(AgeText.sentAgo(age) + ", under the " + threshold);
            case STALE -> List.of(AgeText.sentAgo(age) + ", past the " + threshold);
            case OVERDUE -> List.of(AgeText.sentAgo(age) + ", past the " + threshold,
                    "overdue: older than " + policy.overdueAfterDays() + " days");
            case UNKNOWN -> List.of("send date unknown: never planned for withdrawal");
            case WITHDRAWN, ACCEPTED, CLOSED_UNKNOWN -> throw new IllegalArgumentException("not pending: " + status);
        };
    }
}
