package dev.inviteledger.dataexport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ledger keys for the export's profile URLs, built exactly like the page parser builds them
 * ({@code in:<slug>}: percent-decoded, lower-cased). Private equivalent of page.InvitationKeys, which was
 * not merged yet when this was written: swap the calls for InvitationKeys.keyForProfileHref /
 * canonicalProfileUrl once it is, so both sides can never drift apart.
 */
final class ProfileKeys {
    private static final int MAX_SLUG = 200;
    private static final Pattern PROFILE_URL = Pattern.compile(
            "^(?:(?:https?:)?//(?:[a-z0-9-]+\\.)*linkedin\\.com(?::\\d+)?)?/in/([^/?#]+)", Pattern.CASE_INSENSITIVE);

    private ProfileKeys() {}

    /** {@code in:<slug>}, or null when the text is not a LinkedIn profile URL. */
    static String keyForProfileUrl(String url) {
        String slug = slug(url);
        return slug == null ? null : "in:" + slug;
    }

    static String slug(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.regionMatches(true, 0, "www.", 0, 4) || trimmed.regionMatches(true, 0, "linkedin.com", 0, 12)) {
            trimmed = "https://" + trimmed; // the export sometimes omits the scheme
        }
        Matcher m = PROFILE_URL.matcher(trimmed);
        if (!m.find()) {
            return null;
        }
        String slug = percentDecode(m.group(1)).replace("/", "").replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        return slug.isEmpty() || slug.length() > MAX_SLUG ? null : slug;
    }

    /** {@code https://www.linkedin.com/in/<slug>/}, slug percent-encoded (UTF-8, unreserved characters kept). */
    static String canonicalProfileUrl(String slug) {
        StringBuilder sb = new StringBuilder("https://www.linkedin.com/in/");
        for (byte b : slug.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.append('/').toString();
    }

    /** {@code email:<address>} lower-cased, as the parser keys people invited by e-mail; null when blank. */
    static String keyForEmail(String email) {
        if (email == null || email.isBlank() || email.indexOf('@') < 1) {
            return null;
        }
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (c == '%' && hi >= 0 && lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] raw = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
