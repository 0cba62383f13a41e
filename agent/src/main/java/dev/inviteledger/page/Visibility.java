package dev.inviteledger.page;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether markup is shown. LinkedIn keeps hidden duplicates of rows and controls (display:none,
 * zero size) and repeats names in screen-reader-only spans; neither is what the user sees.
 * Only inline style and the hidden attribute are visible to us: the extension strips style sheets.
 */
final class Visibility {
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*(?:hidden|collapse)"
                    + "|(?:max-)?(?:width|height)\\s*:\\s*0(?:\\.0+)?(?:px|em|rem|%|vw|vh)?\\s*(?:!important)?\\s*(?:;|$))",
            Pattern.CASE_INSENSITIVE);

    /** Utility classes that mean "read to screen readers only": semantic names, not hashed. */
    private static final Set<String> SCREEN_READER_ONLY = Set.of(
            "visually-hidden", "visuallyhidden", "sr-only", "a11y-text", "screen-reader-text");

    /** Memo of {@link #isHidden} per parse: rows share ancestors, so each ancestor is judged once. */
    private final Map<Element, Boolean> hiddenInTree = new IdentityHashMap<>();

    /** The element itself is not rendered (its ancestors are not considered). */
    static boolean hidesItself(ElementFacts e) {
        if (e.is(Markup.NON_TEXT)) {
            return true;
        }
        if (!e.hasAttributes()) {
            return false;
        }
        if (e.hasHiddenAttribute()) {
            return true;
        }
        String style = e.style();
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    static boolean hidesItself(Element e) {
        return hidesItself(ElementFacts.of(e));
    }

    static boolean isScreenReaderOnly(Element e) {
        return isScreenReaderOnly(ElementFacts.of(e));
    }

    static boolean isScreenReaderOnly(ElementFacts e) {
        String cls = e.cls();
        // Cheap test first: almost no class attribute mentions any of these words.
        if (cls.isEmpty() || !(cls.contains("hidden") || cls.contains("sr-only") || cls.contains("a11y")
                || cls.contains("screen-reader"))) {
            return false;
        }
        for (String token : Markup.classTokens(cls)) {
            if (SCREEN_READER_ONLY.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** The element or one of its ancestors is not rendered. Iterative: hostile pages nest deeply. */
    boolean isHidden(Element e) {
        java.util.ArrayList<Element> unknown = new java.util.ArrayList<>();
        boolean hidden = false;
        for (Element cur = e; cur != null; cur = cur.parent()) {
            Boolean known = hiddenInTree.get(cur);
            if (known != null) {
                hidden = known;
                break;
            }
            unknown.add(cur);
        }
        // Fill the memo from the top down: an element is hidden if it hides itself or its parent is hidden.
        for (int i = unknown.size() - 1; i >= 0; i--) {
            Element cur = unknown.get(i);
            hidden = hidden || hidesItself(cur);
            hiddenInTree.put(cur, hidden);
        }
        return hidden;
    }
}
