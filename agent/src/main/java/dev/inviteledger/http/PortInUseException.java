package dev.inviteledger.http;

/** The port is taken: most likely another agent is already running. */
public final class PortInUseException extends RuntimeException {
    private final int port;

    public PortInUseException(int port, Throwable cause) {
        super("port " + port + " is in use \u2014 is another invite-ledger running? try --port N", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
