package dev.inviteledger.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Answers DNS rebinding: a hostile page whose name resolves to 127.0.0.1 still sends its own name as
 * Host, so only requests addressed to {@code 127.0.0.1:<port>} or {@code localhost:<port>} get through.
 * Runs before routing, for API calls, status pages, static files and unknown paths alike.
 */
public final class HostGuard implements Handler {

    private final AgentAddress address;

    public HostGuard(AgentAddress address) {
        this.address = address;
    }

    @Override
    public void handle(Context ctx) {
        List<String> hosts = Collections.list(ctx.req().getHeaders("Host"));
        check(hosts).ifPresent(error -> {
            throw error;
        });
    }

    /** Exactly one Host header, naming this agent with its exact port. */
    Optional<ApiError> check(List<String> hostHeaders) {
        if (hostHeaders.size() == 1 && address.isOwnHost(hostHeaders.get(0).trim())) {
            return Optional.empty();
        }
        return Optional.of(ApiError.forbidden("host-not-allowed",
                "This agent only answers requests addressed to 127.0.0.1:" + address.port()
                        + " or localhost:" + address.port() + "."));
    }
}
