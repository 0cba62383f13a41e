package dev.inviteledger.ledger;

import java.time.Duration;
import java.time.Instant;

/**
 * A withdrawal the user made by hand on LinkedIn; LinkedIn keeps no such log.
 *
 * @param source   {@code observed} (the extension saw LinkedIn confirm it) or {@code manual} (marked by the user)
 * @param undoneAt when the user undid the record (or a later capture proved it had not taken effect), else null
 */
public record WithdrawalRecord(long id, long invitationId, String key, String name,
                               Instant withdrawnAt, String source, Instant undoneAt) {
    public static final String OBSERVED = "observed";
    public static final String MANUAL = "manual";

    /** When LinkedIn should let the user invite this person again; the policy owns the cooldown's value. */
    public Instant resendEligibleAt(Duration cooldown) {
        return withdrawnAt.plus(cooldown);
    }

    public boolean active() {
        return undoneAt == null;
    }
}
