package dev.inviteledger.ledger;

import java.time.Instant;

/**
 * One invitation as the ledger knows it: a person invited once. A re-send after the invitation
 * closed is a new record whose {@code previousId} points at the earlier one.
 *
 * @param sentAt       narrowed send interval, or null when no capture gave a parseable age
 * @param closedAt     when a complete capture (or the user) closed it; null while pending
 * @param withdrawnAt  latest recorded (not undone) withdrawal; null when none
 * @param resendCount  how many earlier invitations to the same person precede this one
 * @param keep         the user pinned it: never planned for withdrawal
 * @param lastSentText the age line from the latest capture, as LinkedIn worded it
 */
public record InvitationRecord(long id, String account, String key, String name, String headline,
                               String profileUrl, InvitationState state, SendWindow sentAt,
                               Instant firstSeen, Instant lastSeen, boolean hasNote,
                               Instant closedAt, Instant withdrawnAt, int resendCount, Long previousId,
                               boolean keep, String lastSentText) {}
