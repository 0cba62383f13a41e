package dev.inviteledger.ledger;

/** A request named an invitation (or record) the ledger does not hold. */
public final class UnknownInvitationException extends IllegalArgumentException {
    public UnknownInvitationException(String message) {
        super(message);
    }
}
