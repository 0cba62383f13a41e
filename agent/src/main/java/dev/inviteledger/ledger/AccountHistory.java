package dev.inviteledger.ledger;

import java.util.List;

/** Everything the pure policy needs to know about one account, read in one go from the ledger. */
public record AccountHistory(String account, List<InvitationRecord> invitations,
                             List<CaptureRecord> captures, List<WithdrawalRecord> withdrawals) {
    public AccountHistory {
        invitations = List.copyOf(invitations);
        captures = List.copyOf(captures);
        withdrawals = List.copyOf(withdrawals);
    }
}
