package dev.inviteledger.web;

import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.AccountSummary;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Policy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's history and the engine's verdict on it at one instant: what a page renders. Every page
 * reads the same evaluation, so numbers never disagree between pages (or with the API and the overlay).
 *
 * @param account null when the ledger holds no account yet
 */
public record Snapshot(Fmt fmt, List<AccountSummary> accounts, String account, Policy policy,
                       AccountHistory history, Evaluation evaluation) {

    public boolean empty() {
        return account == null;
    }

    /** The ledger records by id, for what the evaluation does not carry (profile URL, headline, windows). */
    public Map<Long, InvitationRecord> recordsById() {
        Map<Long, InvitationRecord> out = new HashMap<>();
        for (InvitationRecord r : history.invitations()) {
            out.put(r.id(), r);
        }
        return out;
    }

    /**
     * The account to show: the one asked for when the ledger knows it, else the one captured most recently.
     * Null when there are no accounts at all.
     */
    static String choose(String asked, List<AccountSummary> accounts) {
        if (asked != null && accounts.stream().anyMatch(a -> a.account().equals(asked))) {
            return asked;
        }
        return accounts.stream()
                .max(Comparator.comparing((AccountSummary a) -> a.lastCaptureAt() == null ? java.time.Instant.MIN : a.lastCaptureAt())
                        .thenComparing(AccountSummary::pending))
                .map(AccountSummary::account).orElse(null);
    }
}
