package dev.inviteledger.ledger;

import java.time.Instant;

/**
 * A withdrawal the user made by hand on LinkedIn; LinkedIn keeps no such log.
 *
 * @param source   {@code observed} (the extension saw LinkedIn confirm it) or {@code manual} (marked by the user)
 * @param undoneAt when the user undid the record, else null
 */
public record WithdrawalRecord(long id, long invitationId, String key, String name,
                               Instant withdrawnAt, String source, Instant undoneAt) {}
