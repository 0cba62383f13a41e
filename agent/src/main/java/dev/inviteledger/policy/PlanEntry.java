package dev.inviteledger.policy;

import dev.inviteledger.page.AgeDays;
import java.util.List;

/**
 * One invitation to withdraw by hand (a CaptureReport "hint"): {@code rank} 1-based in plan order,
 * {@code batch} 1 = today, 2 = tomorrow, ...; {@code today} is true for batch 1.
 */
public record PlanEntry(int rank, long id, String key, String name, Status status, AgeDays ageNow,
                        boolean hasNote, List<String> reasons, int batch, boolean today) {
    public PlanEntry {
        reasons = List.copyOf(reasons);
    }

    public PlanSlot slot() {
        return new PlanSlot(rank, batch, today);
    }
}
