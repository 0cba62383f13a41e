package dev.inviteledger.cli;

import dev.inviteledger.ledger.Ledger;
import picocli.CommandLine.Option;

/** The {@code --account} option of commands that work on one LinkedIn account's part of the ledger. */
public final class AccountOption {
    @Option(names = "--account", paramLabel = "A", defaultValue = Ledger.DEFAULT_ACCOUNT,
            description = "Which LinkedIn account (default: ${DEFAULT-VALUE}); one ledger can hold several.")
    String account;

    public String account() {
        return account;
    }
}
