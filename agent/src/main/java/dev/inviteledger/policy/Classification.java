package dev.inviteledger.policy;

import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.page.AgeDays;
import java.time.Instant;
import java.util.List;

/**
 * The engine's verdict on one invitation record.
 *
 * @param ageNow             whole-day age interval at evaluation time; null without a known send window
 * @param flags              no-note, resent, spam-risk, keep (in that order when present)
 * @param reasons            short human sentences explaining status and flags
 * @param resendPossibleFrom withdrawnAt + resendCooldownDays for withdrawn ones, else null
 * @param plan               its place in the withdrawal plan, or null when not planned
 */
public record Classification(long id, String key, String name, InvitationState state, Status status,
                             AgeDays ageNow, boolean hasNote, List<Flag> flags, List<String> reasons,
                             int resendCount, boolean keep, Instant resendPossibleFrom, PlanSlot plan) {
    public Classification {
        flags = List.copyOf(flags);
        reasons = List.copyOf(reasons);
    }

    Classification withPlan(PlanSlot slot) {
        return new Classification(id, key, name, state, status, ageNow, hasNote, flags, reasons, resendCount,
                keep, resendPossibleFrom, slot);
    }
}
