package dev.inviteledger.policy;

import java.time.Instant;

/**
 * How close the account is to the pending cap and the weekly limit.
 *
 * @param pending               best known pending count (see {@code pendingSource})
 * @param pendingAsOf           capture time of the count, or null when it comes from the ledger
 * @param withdrawnSinceCapture withdrawals recorded after that capture, already subtracted from {@code pending}
 * @param pendingHeadroom       pendingCap − pending (negative past the cap)
 * @param share                 pending / pendingCap, cut (not rounded) to 4 decimals so it never shows a level not reached
 * @param withdrawToWatch       withdrawals that bring pending below watchAt (0 when already below)
 * @param daysToWatch           days (today included) the plan needs for those, or null when the plan has too few
 * @param sentLast7Days         sends in the rolling 7 days: certainly (min) / possibly (max), from send windows
 * @param weeklyHeadroom        weeklyLimit − sentLast7Days, as {limit − max, limit − min}; negative = over the limit
 * @param overWeeklyLimit       yes / maybe / no
 */
public record Headroom(int pending, PendingSource pendingSource, Instant pendingAsOf, int withdrawnSinceCapture,
                       int pendingCap, int pendingHeadroom, double share, Level level,
                       double watchAt, double nearCapAt, int withdrawToWatch, Integer daysToWatch,
                       Range sentLast7Days, int weeklyLimit, Range weeklyHeadroom, Answer overWeeklyLimit,
                       SendPace pace) {}
