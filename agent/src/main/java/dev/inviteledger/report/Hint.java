package dev.inviteledger.report;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.policy.PlanEntry;
import java.util.List;

/** One invitation to withdraw by hand: {@code batch} 1 is today, 2 tomorrow, and so on. */
public record Hint(int rank, String key, String name, AgeDays age, boolean hasNote, List<String> reasons,
                   int batch, boolean today) {
    public Hint {
        reasons = List.copyOf(reasons);
    }

    static Hint of(PlanEntry e) {
        return new Hint(e.rank(), e.key(), e.name(), e.ageNow(), e.hasNote(), e.reasons(), e.batch(), e.today());
    }
}
