package dev.inviteledger.http;

import io.javalin.security.RouteRole;

/** Who may call a route; every route declares one when it is registered ({@link Routes}). */
public enum Access implements RouteRole {
    /** Anyone who passed the Host/Origin/write guards: health, OpenAPI, the pairing request and its poll. */
    PUBLIC,
    /** A bearer token (the paired extension, the user's scripts) or a status-page session. */
    TOKEN,
    /** Only the user on the agent's own status pages: approving pairings, listing and revoking tokens. */
    SESSION
}
