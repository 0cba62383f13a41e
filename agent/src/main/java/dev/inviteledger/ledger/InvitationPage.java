package dev.inviteledger.ledger;

import java.util.List;

/** One page of invitations and the total matching the query. */
public record InvitationPage(List<InvitationRecord> items, int total, int page, int size) {
    public InvitationPage {
        items = List.copyOf(items);
    }
}
