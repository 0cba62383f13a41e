package dev.inviteledger.http;

import dev.inviteledger.page.InvitationKeys;

/** An invitation key sent by a client ({@code in:<slug>}, {@code email:<address>}, {@code name:<name>}). */
final class InvitationKeyParam {
    /** A name is at most 300 characters once cleaned; with the prefix and some slack, this is plenty. */
    static final int MAX_LENGTH = 400;

    private InvitationKeyParam() {}

    /** The key, or a 400 naming {@code field} when it cannot be one. */
    static String check(String field, String key) {
        Fields.text(field, key, MAX_LENGTH);
        boolean prefixed = key.startsWith(InvitationKeys.PROFILE_PREFIX) || key.startsWith(InvitationKeys.EMAIL_PREFIX)
                || key.startsWith(InvitationKeys.NAME_PREFIX);
        if (!prefixed || key.codePoints().anyMatch(Character::isISOControl)) {
            throw Fields.invalid(field, "must be an invitation key such as in:ada-example-4b1 (see the key of an invitation).");
        }
        return key;
    }
}
