package dev.inviteledger.ledger;

import java.time.Instant;

/**
 * An OUTGOING row of LinkedIn's Invitations.csv: an open invitation the user sent.
 *
 * @param sentMinute the "Sent At" minute (the send instant lies in [sentMinute, sentMinute + 1 minute))
 * @param origin     where it came from, for messages (e.g. {@code Invitations.csv:12})
 */
public record ExportedInvitation(String key, String name, String profileUrl, Instant sentMinute, boolean hasNote,
                                 String origin) {}
