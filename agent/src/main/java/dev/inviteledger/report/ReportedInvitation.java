package dev.inviteledger.report;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.policy.Flag;
import dev.inviteledger.policy.PlanSlot;
import dev.inviteledger.policy.Status;
import java.time.Instant;
import java.util.List;

/**
 * One row of the page as captured plus the verdict from the ledger's history.
 *
 * @param ageDays            the age as this page words it
 * @param age                the age narrowed by every capture so far (what {@code status} uses), or null
 * @param resendPossibleFrom set for withdrawn invitations only
 * @param plan               its place in the withdrawal plan, or null
 */
public record ReportedInvitation(String key, String profileUrl, String name, String headline, String sentText,
                                 AgeDays ageDays, boolean hasNote, Status status, AgeDays age, List<Flag> flags,
                                 List<String> reasons, int resendCount, boolean keep, Instant resendPossibleFrom,
                                 PlanSlot plan) {
    public ReportedInvitation {
        flags = List.copyOf(flags);
        reasons = List.copyOf(reasons);
    }
}
