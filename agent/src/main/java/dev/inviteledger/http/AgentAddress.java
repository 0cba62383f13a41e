package dev.inviteledger.http;

import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The agent's own address, known only once the socket is bound (port 0 picks one).
 * Host and Origin checks compare against it, so a page reached under another name
 * (DNS rebinding: evil.example resolving to 127.0.0.1) never matches.
 */
public final class AgentAddress {
    public static final String LOOPBACK = "127.0.0.1";
    private static final String LOCALHOST = "localhost";

    private final IntSupplier port;

    public AgentAddress(IntSupplier port) {
        this.port = port;
    }

    public static AgentAddress fixed(int port) {
        return new AgentAddress(() -> port);
    }

    public int port() {
        return port.getAsInt();
    }

    /** {@code 127.0.0.1:<port>} or {@code localhost:<port>}, host case-insensitive, port exact. */
    public boolean isOwnHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String value = hostHeader.toLowerCase(Locale.ROOT);
        String suffix = ":" + port();
        return value.equals(LOOPBACK + suffix) || value.equals(LOCALHOST + suffix);
    }

    /** {@code http://127.0.0.1:<port>} or {@code http://localhost:<port>}: the status pages' origin. */
    public boolean isOwnOrigin(String origin) {
        if (origin == null) {
            return false;
        }
        String value = origin.toLowerCase(Locale.ROOT);
        return value.startsWith("http://") && isOwnHost(value.substring("http://".length()));
    }

    public String baseUrl() {
        return "http://" + LOOPBACK + ":" + port() + "/";
    }
}
