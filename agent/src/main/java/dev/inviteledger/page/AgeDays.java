package dev.inviteledger.page;

/**
 * How old an invitation was when the page was captured, as a closed interval of whole days.
 * LinkedIn only says "Sent 1 month ago"; the ledger narrows this across captures.
 */
public record AgeDays(int min, int max) {
    public AgeDays {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad age interval [" + min + "," + max + "]");
        }
    }

    public static AgeDays exactly(int days) {
        return new AgeDays(days, days);
    }
}
