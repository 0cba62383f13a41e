package dev.inviteledger.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue of policy settings: name, default, allowed range, unit, what it does and where the
 * default comes from. Docs, the settings page and validation all read this one list, so a default
 * and its source can never drift apart.
 */
public enum PolicyField {
    PENDING_CAP("pendingCap", Kind.WHOLE, 500, 1, 5000, "invitations",
            "How many pending invitations LinkedIn lets you hold before it refuses new ones. Headroom, levels "
                    + "and 'withdraw N' are measured against it.",
            "seed 001 says 500; seed 002 500–700 'danger zone'; seed 003 ~1,500; LinkedIn publishes none "
                    + "and it varies by account (seed 000)",
            Policy::pendingCap),
    WATCH_AT("watchAt", Kind.FRACTION, 0.6, 0.01, 0.99, "share of pendingCap",
            "From this share of the cap the headroom level is 'watch'; 'withdraw N' counts how many "
                    + "withdrawals bring you back below it.",
            "product default (BRIEF: warn from 60 %); no seed gives a number",
            Policy::watchAt),
    NEAR_CAP_AT("nearCapAt", Kind.FRACTION, 0.8, 0.01, 1.0, "share of pendingCap",
            "From this share of the cap the headroom level is 'near-cap'; at 100 % it is 'at-cap'.",
            "product default (BRIEF: warn from 80 %); no seed gives a number",
            Policy::nearCapAt),
    WEEKLY_LIMIT("weeklyLimit", Kind.WHOLE, 100, 1, 1000, "invitations per rolling 7 days",
            "How many invitations LinkedIn lets you send in any 7 days; sends come from the ledger's send dates.",
            "seeds 001 and 003: around 100 per week; some accounts get 100–200",
            Policy::weeklyLimit),
    WITHDRAW_AFTER_DAYS("withdrawAfterDays", Kind.WHOLE, 21, 7, 365, "days",
            "A pending invitation at least this old (lower bound of its age) is 'stale' and planned for "
                    + "withdrawal. At least 7: the first week is always 'fresh'.",
            "seed 002: 21 days (14 and 30 also used); seed 003: 7 days; seed 004: one or two weeks",
            Policy::withdrawAfterDays),
    OVERDUE_AFTER_DAYS("overdueAfterDays", Kind.WHOLE, 60, 8, 730, "days",
            "A pending invitation at least this old is 'overdue' (planned first, being oldest). Must be "
                    + "greater than withdrawAfterDays.",
            "seed 002: never let invites sit 60, 90 or 120 days",
            Policy::overdueAfterDays),
    DAILY_WITHDRAWALS("dailyWithdrawals", Kind.WHOLE, 50, 1, 100, "withdrawals per day",
            "How many withdrawals the plan puts in one calendar day's batch; the rest wait for later days.",
            "seed 002: 50–100 per day, never 400 in an afternoon; seed 004: don't cancel all at once",
            Policy::dailyWithdrawals),
    RESEND_COOLDOWN_DAYS("resendCooldownDays", Kind.WHOLE, 21, 1, 90, "days",
            "Days after a withdrawal before LinkedIn lets you invite the same person again "
                    + "('re-send possible from').",
            "seeds 000, 001, 004: about three weeks; LinkedIn's own dialog: 'up to 3 weeks'",
            Policy::resendCooldownDays),
    ACCEPTANCE_QUANTILE("acceptanceQuantile", Kind.FRACTION, 0.95, 0.5, 0.99, "share of closings",
            "The recommended withdrawAfterDays is the first day by which this share of your own past "
                    + "closings had happened (needs 30 closings).",
            "product default; the seeds only give rules of thumb, your own history is the better guide",
            Policy::acceptanceQuantile);

    /** Whole numbers (counts, days) or fractions (shares of something). */
    public enum Kind { WHOLE, FRACTION }

    private final String key;
    private final Kind kind;
    private final Number defaultValue;
    private final Number min;
    private final Number max;
    private final String unit;
    private final String description;
    private final String source;
    private final Function<Policy, Number> getter;

    PolicyField(String key, Kind kind, Number defaultValue, Number min, Number max, String unit,
                String description, String source, Function<Policy, Number> getter) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.description = description;
        this.source = source;
        this.getter = getter;
    }

    /** The camelCase name used in JSON files, the settings table and the API. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public Number defaultValue() {
        return defaultValue;
    }

    public Number min() {
        return min;
    }

    public Number max() {
        return max;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    public String source() {
        return source;
    }

    public Number valueIn(Policy policy) {
        return getter.apply(policy);
    }

    public static Optional<PolicyField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(PolicyField::key).toList();
    }

    /** The same text in every message: 500 not 500.0, 0.6 not 0.6000. */
    static String format(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
