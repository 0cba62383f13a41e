package dev.inviteledger.ledger;

/** The ledger could not do what was asked (storage failure, unreadable file); the message says why in one sentence. */
public class LedgerException extends RuntimeException {
    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
