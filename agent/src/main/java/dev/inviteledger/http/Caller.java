package dev.inviteledger.http;

import io.javalin.http.Context;

/**
 * Who is calling, as established by {@link TokenGuard}; handlers read it with {@link #of(Context)}.
 *
 * @param token   the bearer token's record, for token callers
 * @param session the status-page session, for session callers
 */
public record Caller(Kind kind, TokenRecord token, Session session) {

    public enum Kind { ANONYMOUS, TOKEN, SESSION }

    static final String ATTRIBUTE = "invite-ledger.caller";
    static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, null);

    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        return caller == null ? ANONYMOUS : caller;
    }
}
