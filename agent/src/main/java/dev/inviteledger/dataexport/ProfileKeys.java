package dev.inviteledger.dataexport;

import dev.inviteledger.page.InvitationKeys;

/**
 * Ledger keys for the export's profile URLs and e-mail addresses. The rules themselves are the page
 * parser's ({@link InvitationKeys}), so a person keys the same whether seen on the page or in the export;
 * this only adapts the export's spelling of URLs (it sometimes omits the scheme).
 */
final class ProfileKeys {
    private ProfileKeys() {}

    /** {@code in:<slug>}, or null when the text is not a LinkedIn profile URL. */
    static String keyForProfileUrl(String url) {
        String slug = slug(url);
        return slug == null ? null : InvitationKeys.PROFILE_PREFIX + slug;
    }

    static String slug(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.regionMatches(true, 0, "www.", 0, 4) || trimmed.regionMatches(true, 0, "linkedin.com", 0, 12)) {
            trimmed = "https://" + trimmed;
        }
        return InvitationKeys.slugFromHref(trimmed);
    }

    static String canonicalProfileUrl(String slug) {
        return InvitationKeys.canonicalProfileUrl(slug);
    }

    /** {@code email:<address>}, as the parser keys people invited by e-mail; null when not an address. */
    static String keyForEmail(String email) {
        if (email == null || !InvitationKeys.isEmailAddress(email)) {
            return null;
        }
        return InvitationKeys.keyForName(email);
    }
}
