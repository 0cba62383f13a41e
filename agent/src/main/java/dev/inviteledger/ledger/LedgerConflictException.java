package dev.inviteledger.ledger;

/** A request contradicts what the ledger knows (e.g. withdrawing an invitation that was accepted). */
public final class LedgerConflictException extends IllegalStateException {
    public LedgerConflictException(String message) {
        super(message);
    }
}
