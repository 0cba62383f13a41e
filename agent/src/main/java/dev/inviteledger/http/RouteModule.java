package dev.inviteledger.http;

/**
 * A group of routes built from the services it was given in its constructor (ledger, policy, ...).
 * {@link AgentServer} calls {@link #register} once, before the server starts.
 */
@FunctionalInterface
public interface RouteModule {
    void register(Routes routes);
}
