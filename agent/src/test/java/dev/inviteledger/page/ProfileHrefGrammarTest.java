package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link InvitationKeys#slugFromHref} reads the /in/ href grammar by hand (it runs once per row); the
 * regex it replaced is the specification, and random hrefs built from the grammar's edge cases must
 * get the same answer from both.
 */
class ProfileHrefGrammarTest {
    /** The grammar as it was written before, kept as the reference. */
    private static final Pattern PROFILE_HREF = Pattern.compile(
            "^(?:(?:https?:)?//(?:[a-z0-9-]+\\.)*linkedin\\.com(?::\\d+)?)?/in/([^/?#]+)",
            Pattern.CASE_INSENSITIVE);

    private static final String[] SPACE = {"", "", "", " ", "\t", "\n", "\u00A0", "\u0001"};
    private static final String[] SCHEME = {"https://", "http://", "//", "", "HTTP://", "Https://", "https:", "https:/", "ftp://", "/"};
    private static final String[] HOST = {"www.linkedin.com", "linkedin.com", "fr.linkedin.com", "LinkedIn.Com",
        "WWW.LINKEDIN.COM:443", "www.linkedin.com:80", "a.b-c.linkedin.com", "a..linkedin.com", "-.linkedin.com",
        ".linkedin.com", "xlinkedin.com", "linkedin.com.evil.example", "linkedin.com:", "linkedin.com:1a",
        "user@linkedin.com", "ä.linkedin.com", "lin\u212Aedin.com", "l\u0131nkedin.com", "linkedin.co", ""};
    private static final String[] PATH = {"/in/", "/in/", "/IN/", "/In/", "/in", "/pub/", "//in/", "/in//", "/in/?"};
    private static final String[] SLUG = {"ana-invented-4821", "a", "-", ".", "%2F", "%F0%9F%98%80", "%ZZ", "%E0", " ",
        "ä", "Ö", "ABC", "~_", "\u200E", "\uD800", "@"};
    private static final String[] TAIL = {"", "/", "?x=1", "#top", "/detail/", "/?a#b"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readsLikeTheRegex(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 50; i++) {
            StringBuilder href = new StringBuilder()
                    .append(pick(r, SPACE)).append(pick(r, SCHEME)).append(pick(r, HOST)).append(pick(r, PATH));
            for (int n = r.nextInt(4); n > 0; n--) {
                href.append(pick(r, SLUG));
            }
            href.append(pick(r, TAIL)).append(pick(r, SPACE));
            assertThat(InvitationKeys.slugFromHref(href.toString())).as(href.toString()).isEqualTo(byRegex(href.toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://lin\u212Aedin.com/in/kelvin/", "//l\u0131nkedin.com/in/dotless/",
        "https://www.linkedin.com:/in/x", "/in/x", "https://LINKEDIN.COM/IN/Upper/"})
    void caseIsFoldedForAsciiOnly(String href) {
        assertThat(InvitationKeys.slugFromHref(href)).isEqualTo(byRegex(href));
    }

    /** What slugFromHref answered when it used the regex. */
    private static String byRegex(String href) {
        if (href == null || !href.toLowerCase(Locale.ROOT).contains("/in/")) {
            return null;
        }
        Matcher m = PROFILE_HREF.matcher(href.trim());
        if (!m.find()) {
            return null;
        }
        // The rest of the reading (decoding, normalising) is unchanged: reuse it on the regex's slug.
        return InvitationKeys.slugFromHref("/in/" + m.group(1));
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
