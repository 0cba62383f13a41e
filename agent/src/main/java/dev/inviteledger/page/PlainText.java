package dev.inviteledger.page;

import java.text.Normalizer;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Plain-text hygiene for scraped strings. Every string the page gives us is hostile: it may carry
 * NBSP or other odd spaces, invisible bidi/format characters, or be absurdly long.
 */
final class PlainText {
    /** Longest name/headline/age text we keep, so a hostile page cannot bloat the ledger. */
    static final int MAX_LENGTH = 300;

    private PlainText() {}

    /**
     * Every kind of whitespace (NBSP U+00A0, U+202F, tabs, ideographic space...) becomes one space,
     * invisible format and control characters are dropped (except the joiners that emoji and
     * Arabic/Persian names need), and the result is trimmed.
     */
    static String normalize(CharSequence s) {
        String text = s.toString();
        if (isAlreadyNormal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isKept(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            } else if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            }
        }
        return out.toString();
    }

    /** Whether {@link #normalize} keeps some character of {@code s} at or after {@code from}. */
    static boolean keepsACharacterFrom(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isKept(c)) {
                return true;
            }
        }
        return false;
    }

    /** A character {@link #normalize} keeps. Printable ASCII first: indentation-heavy markup sends most text here. */
    private static boolean isKept(char c) {
        return (c > ' ' && c < 0x7F) || (!isSpace(c) && !isInvisible(c));
    }

    /** {@link #normalize} then {@link #cap}: the form every name, headline and age text is stored in. */
    static String clean(CharSequence s) {
        return cap(normalize(s), MAX_LENGTH);
    }

    /** At most {@code max} code points (never splits a surrogate pair), marked with an ellipsis when cut. */
    static String cap(String s, int max) {
        if (s.length() <= max || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }

    /** The form used for matching localized wording: apostrophes folded, no accents, lower case. */
    static String forMatching(String s) {
        MatchingText out = new MatchingText();
        boolean ascii = fold(s, out);
        String folded = out.toString();
        return ascii ? folded : stripAccents(folded.toLowerCase(Locale.ROOT));
    }

    /**
     * The first step of {@link #forMatching(String)}, into {@code out} (cleared first): one pass doing
     * what normalize + foldApostrophes + ASCII lower-casing would. True when the text was ASCII, i.e.
     * {@code out} is the whole answer; otherwise it still needs lower-casing and accent stripping.
     */
    static boolean fold(String s, MatchingText out) {
        out.clear();
        boolean pendingSpace = false;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c > 0x7E || c < 0x21) {
                if (isSpace(c)) {
                    pendingSpace = out.length() > 0;
                    continue;
                }
                if (isInvisible(c)) {
                    continue;
                }
                if (isApostrophe(c)) {
                    c = '\'';
                } else if (c > 0x7E) {
                    ascii = false;
                }
            } else if (c == '`') {
                c = '\'';
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return ascii;
    }

    private static boolean isApostrophe(char c) {
        return c == '’' || c == '‘' || c == 'ʼ' || c == '´' || c == '′';
    }

    /** LinkedIn writes both ’ and ' (and the odd modifier letter); matching must not care. */
    static String foldApostrophes(String s) {
        if (s.indexOf('’') < 0 && s.indexOf('‘') < 0 && s.indexOf('ʼ') < 0 && s.indexOf('´') < 0
                && s.indexOf('′') < 0 && s.indexOf('`') < 0) {
            return s;
        }
        return s.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'').replace('´', '\'')
                .replace('′', '\'').replace('`', '\'');
    }

    /** Canonical decomposition without its combining marks (\\p{M}): "Zoé" → "Zoe". */
    static String stripAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = null;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isMark(cp)) {
                if (out == null) {
                    out = new StringBuilder(decomposed.length()).append(decomposed, 0, i);
                }
            } else if (out != null) {
                out.append(decomposed, i, next);
            }
            i = next;
        }
        return out == null ? decomposed : out.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Letters, digits or symbols such as emoji; a lone "·" or "•" separator is not content. */
    static boolean hasContent(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * What a sighted user reads in {@code root}: hidden and screen-reader-only subtrees are skipped
     * (LinkedIn repeats names in visually-hidden spans), block boundaries separate words.
     */
    static String visibleText(Element root) {
        return visibleText(root, Integer.MAX_VALUE);
    }

    /**
     * {@link #visibleText(Element)}, or null as soon as it holds more than {@code maxNonSpace} non-space
     * characters: a caller that only wants short captions must not read a whole list to find that out.
     */
    static String visibleText(Element root, int maxNonSpace) {
        StringBuilder sb = new StringBuilder();
        int[] nonSpace = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String s = text.getWholeText();
                    sb.append(s);
                    if (maxNonSpace != Integer.MAX_VALUE) {
                        for (int i = 0; i < s.length(); i++) {
                            if (!isSpace(s.charAt(i))) {
                                nonSpace[0]++;
                            }
                        }
                        if (nonSpace[0] > maxNonSpace) {
                            return FilterResult.STOP;
                        }
                    }
                } else if (node instanceof Element e && node != root) {
                    ElementFacts facts = ElementFacts.of(e); // read once for both questions
                    if (Visibility.hidesItself(facts) || Visibility.isScreenReaderOnly(facts)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (!Markup.isInline(e)) {
                        sb.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && !Markup.isInline(e)) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return nonSpace[0] > maxNonSpace ? null : normalize(sb);
    }

    /**
     * The first index below {@code before} where {@code needle} (lower-case ASCII) occurs in any case, or -1. No
     * allocation (it runs on every element's attributes): the first letter is compared before {@code regionMatches}
     * is asked, which folds case beyond ASCII too (dotless ı matches i), so non-ASCII is left to it.
     */
    static int indexOfIgnoreCase(String haystack, String needle, int before) {
        char first = needle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i < before && i + needle.length() <= haystack.length(); i++) {
            char c = haystack.charAt(i);
            if ((c == first || c == firstUpper || c > 0x7F) && haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Fast path for the common case: single spaces between printable characters from ranges that
     * hold no odd spaces or format characters (ASCII, Latin, Greek, Cyrillic, Hebrew). Anything
     * else takes the careful path.
     */
    private static boolean isAlreadyNormal(String s) {
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (prev == ' ') {
                    return false;
                }
            } else if (c < 0x21 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || c >= 0x0600) {
                return false;
            }
            prev = c;
        }
        return prev != ' ';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        if (type == Character.FORMAT) {
            // ZWNJ/ZWJ shape Persian/Arabic words and emoji sequences: keep them.
            return c != '\u200C' && c != '\u200D';
        }
        return type == Character.CONTROL;
    }

}
