package dev.inviteledger.policy;

import java.util.List;

/**
 * What the user's own history says about how long invitations take to close, and acceptance by sending pace.
 *
 * @param closings                     closings used: accepted or closed-unknown, send date known, watched from their first week
 * @param accepted                     of those, confirmed accepted
 * @param closedUnknown                of those, vanished without a recorded withdrawal
 * @param excluded                     closed invitations left out, and why
 * @param minimumClosings              below this many the recommendation keeps the configured value
 * @param quantile                     the policy's acceptanceQuantile
 * @param quantileDay                  smallest day by which that share of closings had happened (unclamped); null when too few
 * @param recommendedWithdrawAfterDays quantileDay clamped to [7, 30], or the configured value when too few closings
 * @param fromHistory                  true when the recommendation comes from the history
 * @param configuredWithdrawAfterDays  the policy's current value, for comparison
 * @param message                      one human sentence saying what the recommendation rests on
 * @param distribution                 days from send to close with counts and cumulative share (days with closings only)
 * @param byPace                       acceptance rate by the sending pace of the day of sending, one row per band
 * @param paceExcluded                 invitations not assignable to one calendar day (window spans days or is unknown)
 * @param paceNote                     how to read the pace table
 * @param publishedSource              where the published reference rates come from
 */
public record AcceptanceCurve(int closings, int accepted, int closedUnknown, Exclusions excluded,
                              int minimumClosings, double quantile, Integer quantileDay,
                              int recommendedWithdrawAfterDays, boolean fromHistory, int configuredWithdrawAfterDays,
                              String message, List<DayCount> distribution, List<BandRate> byPace,
                              int paceExcluded, String paceNote, String publishedSource) {
    public AcceptanceCurve {
        distribution = List.copyOf(distribution);
        byPace = List.copyOf(byPace);
    }

    /**
     * Closed invitations not used for the curve.
     *
     * @param withdrawn     closed by the user: their timing reflects the user's own rule, not the recipient
     * @param noDates       no send window or no close time
     * @param firstSeenLate first seen when already a week old or more: quick closings of such invitations were
     *                      never observed, so including them would bias the curve towards long waits
     */
    public record Exclusions(int withdrawn, int noDates, int firstSeenLate) {}

    /** How many closings happened {@code day} whole days after sending, and the share closed by then. */
    public record DayCount(int day, int closings, double cumulativeShare) {}

    /**
     * Acceptance among invitations sent on days of one pace band.
     *
     * @param days          calendar days with that many (assignable) sends
     * @param sent          invitations sent on those days
     * @param decided       of those: closed, or still pending past withdrawAfterDays (an answer is unlikely to come)
     * @param rate          {min: accepted / decided, max: (accepted + closedUnknown) / decided}; null when none decided
     * @param published     the published rate for the band (seed 000), or null
     */
    public record BandRate(PaceBand band, int days, int sent, int decided, int accepted, int closedUnknown,
                           Rate rate, Double published) {}

    /** A share known only to an interval, rounded to 4 decimals. */
    public record Rate(double min, double max) {}
}
