package dev.inviteledger.http;

import java.time.Clock;

/**
 * What the server itself owns and a route module may act on: the status pages approve pairings, list and
 * revoke tokens and end sessions through these, with the same rules as the JSON routes.
 */
public record AgentServices(PairingService pairing, TokenStore tokenStore, Sessions sessions, Clock clock) {}
