package dev.inviteledger.ledger;

/** The database was written by a newer Invite Ledger; opening it with older code could damage it. */
public final class NewerSchemaException extends LedgerException {
    public NewerSchemaException(String file, int found, int known) {
        super(file + " has schema version " + found + ", but this Invite Ledger only knows versions up to " + known
                + "; install a newer Invite Ledger (the file was left untouched)");
    }
}
