package dev.inviteledger.policy;

import dev.inviteledger.ledger.InvitationState;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine says about one account at one instant; every surface (replay --json, the capture
 * response, status pages, overlay) renders this, so no rule exists twice.
 *
 * @param zone        the zone id used for calendar days ("today", sends per day)
 * @param invitations one classification per ledger record, in the history's order
 * @param acceptance  the acceptance curve; null from {@link PolicyEngine#evaluateWithoutCurve}
 * @param warnings    data-quality and limit warnings as human sentences
 */
public record Evaluation(String account, Instant evaluatedAt, String zone, Policy policy,
                         List<Classification> invitations, Headroom headroom, WithdrawalPlan plan,
                         AcceptanceCurve acceptance, List<String> warnings) {
    private static final Comparator<Classification> CURRENT_FIRST =
            Comparator.comparing((Classification c) -> c.state() == InvitationState.PENDING)
                    .thenComparingLong(Classification::id);

    public Evaluation {
        invitations = List.copyOf(invitations);
        warnings = List.copyOf(warnings);
    }

    /**
     * The current record for a person: the pending one when there is one, else the latest (highest id),
     * since a re-send after a closing is a new record with the same key.
     */
    public Optional<Classification> forKey(String key) {
        return invitations.stream()
                .filter(c -> c.key() != null && c.key().equals(key))
                .max(CURRENT_FIRST);
    }

    /** {@link #forKey} for every key at once (same preference), for matching a page's rows in one pass. */
    public Map<String, Classification> indexByKey() {
        // sized for every classification up front: a capture indexes ~1,500 and looks each page row up once
        Map<String, Classification> out = new HashMap<>(invitations.size() * 4 / 3 + 1);
        for (Classification c : invitations) {
            if (c.key() != null) {
                Classification held = out.putIfAbsent(c.key(), c);
                if (held != null && CURRENT_FIRST.compare(held, c) < 0) {
                    out.put(c.key(), c);
                }
            }
        }
        return out;
    }

    public Optional<Classification> forId(long id) {
        return invitations.stream().filter(c -> c.id() == id).findFirst();
    }
}
