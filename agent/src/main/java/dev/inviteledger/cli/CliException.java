package dev.inviteledger.cli;

/** A runtime failure the user can act on: printed as one line, exit code 1. */
public final class CliException extends RuntimeException {
    public CliException(String message) {
        super(message);
    }
}
