package dev.inviteledger.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How close pending is to the cap: ok < watchAt ≤ watch < nearCapAt ≤ near-cap < 100 % ≤ at-cap. */
public enum Level {
    OK("ok"), WATCH("watch"), NEAR_CAP("near-cap"), AT_CAP("at-cap");

    private final String wireName;

    Level(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Compared in decimals as written, so 300 of 500 is exactly 60 % and therefore "watch". */
    public static Level of(int pending, Policy policy) {
        if (pending >= policy.pendingCap()) {
            return AT_CAP;
        }
        if (reaches(pending, policy.nearCapAt(), policy.pendingCap())) {
            return NEAR_CAP;
        }
        if (reaches(pending, policy.watchAt(), policy.pendingCap())) {
            return WATCH;
        }
        return OK;
    }

    static boolean reaches(int pending, double share, int cap) {
        return BigDecimal.valueOf(pending).compareTo(BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(cap))) >= 0;
    }

    /** Withdrawals needed to bring pending below {@code share} of the cap (0 when already below). */
    static int withdrawalsToGetBelow(int pending, double share, int cap) {
        BigDecimal threshold = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(cap));
        // the largest whole pending count strictly below the threshold
        int target = threshold.setScale(0, RoundingMode.CEILING).intValueExact() - 1;
        return Math.max(0, pending - Math.max(0, target));
    }
}
