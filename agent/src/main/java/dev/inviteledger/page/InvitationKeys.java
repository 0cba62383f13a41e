package dev.inviteledger.page;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable identity of an invitation across captures, builds and languages:
 * {@code in:<slug>} from the profile link; without one, {@code email:<address>} when the name is an
 * e-mail address (people invited by e-mail), else {@code name:<name>}.
 * Public because the HTTP layer resolves a withdrawal the extension observed with the same rules.
 */
public final class InvitationKeys {
    public static final String PROFILE_PREFIX = "in:";
    public static final String EMAIL_PREFIX = "email:";
    public static final String NAME_PREFIX = "name:";

    /** Vanity slugs are at most 100 characters; anything far longer is hostile. */
    private static final int MAX_SLUG = 200;

    private static final String PROFILE_URL = "https://www.linkedin.com/in/";
    /** The host every profile link points at, after any subdomain (www., fr., de., ...). */
    private static final String LINKEDIN_HOST = "linkedin.com";

    private static final Pattern EMAIL = Pattern.compile(
            "^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\".]{2,}$");

    private InvitationKeys() {}

    /**
     * The profile slug of an /in/ href: percent-decoded, lower-cased, no slashes, no query or fragment.
     * Null when the href is not a LinkedIn profile link.
     */
    public static String slugFromHref(String href) {
        if (href == null) {
            return null;
        }
        String canonical = canonicalSlug(href);
        return canonical != null ? canonical : generalSlug(href);
    }

    /**
     * {@link #slugFromHref} of an href {@link #canonicalSlug} turned down (the row reader asks that first,
     * so it need not be asked twice).
     */
    static String generalSlug(String href) {
        if (!mentionsProfilePath(href)) {
            return null;
        }
        String h = href.trim();
        int start = slugStart(h);
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < h.length() && "/?#".indexOf(h.charAt(end)) < 0) {
            end++;
        }
        if (end == start) {
            return null;
        }
        String slug = PlainText.normalize(percentDecode(h.substring(start, end)))
                .replace("/", "")
                .toLowerCase(Locale.ROOT);
        if (slug.isEmpty() || slug.length() > MAX_SLUG) {
            return null;
        }
        return slug;
    }

    /**
     * The slug of an href in the form LinkedIn writes on every row ({@code https://www.linkedin.com/in/<slug>[/...]}
     * with a slug of lower-case letters, digits, '-', '_', '.' and '~'), or null for any other href. For
     * such an href the general grammar below gives the same slug: nothing to trim, decode, normalise or
     * lower-case.
     */
    static String canonicalSlug(String href) {
        if (!href.startsWith(PROFILE_URL)) {
            return null;
        }
        int start = PROFILE_URL.length();
        int end = start;
        while (end < href.length()) {
            char c = href.charAt(end);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~')) {
                return null;
            }
            end++;
        }
        // An empty or overlong slug is the general path's to turn down.
        return end == start || end - start > MAX_SLUG ? null : href.substring(start, end);
    }

    /** Cheap pre-test for "/in/" in any case: most links on a page are not profile links. */
    private static boolean mentionsProfilePath(String href) {
        for (int i = href.indexOf('/'); i >= 0 && i + 3 < href.length(); i = href.indexOf('/', i + 1)) {
            char a = href.charAt(i + 1);
            char b = href.charAt(i + 2);
            if ((a == 'i' || a == 'I') && (b == 'n' || b == 'N') && href.charAt(i + 3) == '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the slug starts in a trimmed href, or -1. The href must be {@code /in/…}, or
     * {@code [http[s]:]//[label.]*linkedin.com[:port]/in/…}, letters in any ASCII case. Written out
     * rather than as a regex because it runs once per row.
     */
    private static int slugStart(String h) {
        int i = startsWithAscii(h, 0, "https:") ? 6 : startsWithAscii(h, 0, "http:") ? 5 : 0;
        if (h.startsWith("//", i)) {
            int hostStart = i + 2;
            int authorityEnd = h.indexOf('/', hostStart);
            if (authorityEnd >= 0 && isLinkedInAuthority(h, hostStart, authorityEnd)
                    && startsWithAscii(h, authorityEnd, "/in/")) {
                return authorityEnd + 4;
            }
        }
        return startsWithAscii(h, 0, "/in/") ? 4 : -1;
    }

    /** {@code h[start, end)} is {@code [label.]*linkedin.com[:digits]}, labels of ASCII letters, digits and '-'. */
    private static boolean isLinkedInAuthority(String h, int start, int end) {
        int colon = h.indexOf(':', start);
        int hostEnd = colon >= 0 && colon < end ? colon : end;
        if (hostEnd < end) {
            if (hostEnd + 1 == end) {
                return false;
            }
            for (int k = hostEnd + 1; k < end; k++) {
                if (h.charAt(k) < '0' || h.charAt(k) > '9') {
                    return false;
                }
            }
        }
        int domain = hostEnd - LINKEDIN_HOST.length();
        if (domain < start || !startsWithAscii(h, domain, LINKEDIN_HOST)) {
            return false;
        }
        for (int k = start; k < domain; k++) {
            int labelStart = k;
            while (k < domain && isLabelChar(h.charAt(k))) {
                k++;
            }
            if (k == labelStart || k == domain || h.charAt(k) != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    /**
     * {@code s} holds {@code lower} at {@code from}, ignoring ASCII case only ({@code regionMatches} would
     * also fold the Kelvin sign and dotless i, which a URL's host and path never mean).
     */
    private static boolean startsWithAscii(String s, int from, String lower) {
        if (from < 0 || from + lower.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = s.charAt(from + k);
            char l = lower.charAt(k);
            if (c != l && !(l >= 'a' && l <= 'z' && c == l - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code in:<slug>} for a profile href, or null when it is not one. */
    public static String keyForProfileHref(String href) {
        String slug = slugFromHref(href);
        return slug == null ? null : PROFILE_PREFIX + slug;
    }

    /**
     * {@code email:<address>} when the name is an e-mail address, else {@code name:<name>}: lower
     * case, whitespace (NBSP included) collapsed, apostrophes folded (’ and ' are one letter to a
     * reader and LinkedIn uses both). Null for a blank name.
     */
    public static String keyForName(String name) {
        if (name == null) {
            return null;
        }
        String normalized = PlainText.foldApostrophes(PlainText.clean(name)).toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            return null;
        }
        return (isEmailAddress(normalized) ? EMAIL_PREFIX : NAME_PREFIX) + normalized;
    }

    /**
     * A name as the ledger stores it (spaces folded, invisible characters dropped, capped): what a name typed or
     * read elsewhere, e.g. from LinkedIn's "withdrawn" toast, must be turned into before it is compared.
     */
    public static String storedName(String name) {
        return PlainText.clean(name);
    }

    public static boolean isEmailAddress(String name) {
        return name != null && EMAIL.matcher(PlainText.normalize(name)).matches();
    }

    /** {@code https://www.linkedin.com/in/<slug>/} with the slug percent-encoded (UTF-8, unreserved kept). */
    public static String canonicalProfileUrl(String slug) {
        if (isUnreserved(slug)) {
            return PROFILE_URL + slug + "/";
        }
        StringBuilder sb = new StringBuilder(PROFILE_URL);
        for (byte b : slug.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.append('/').toString();
    }

    /**
     * {@code href} when it is already {@link #canonicalProfileUrl(String) the canonical URL} of its slug, as
     * LinkedIn writes every row's link (then no second copy of the same URL is made per row), else null.
     *
     * @param slug {@link #canonicalSlug}{@code (href)}, not null: it sits right after the URL's prefix and
     *             holds nothing to escape, so only what follows it is left to check
     */
    static String canonicalProfileHref(String href, String slug) {
        int end = PROFILE_URL.length() + slug.length();
        return href.length() == end + 1 && href.charAt(end) == '/' ? href : null;
    }

    /** Nothing to percent-encode: the common slug ("ana-invented-4821") needs no byte-by-byte pass. */
    private static boolean isUnreserved(String slug) {
        for (int i = 0; i < slug.length(); i++) {
            if (!isUnreserved(slug.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3986's unreserved characters: letters, digits, {@code - . _ ~}. */
    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** %XX sequences as UTF-8; a malformed escape or byte sequence leaves the text as it was. */
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
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
