package dev.inviteledger.policy;

/**
 * Today's sending so far against the 10–19/day band where acceptance peaks (seed 000).
 *
 * @param sentToday  invitations certainly (min) / possibly (max) sent today in the user's zone
 * @param inPeakBand whether that count sits in 10–19 ("maybe" when the interval straddles the band)
 * @param note       one human sentence with the published figures
 */
public record SendPace(Range sentToday, Answer inPeakBand, String note) {}
