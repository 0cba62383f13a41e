package dev.inviteledger.page;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Generic HTML facts (not LinkedIn-specific): which tags flow inline, which regions are not content.
 * Walks that ask several questions of every element ask them of {@link ElementFacts}; the few elements
 * looked at one by one are asked as bare {@link Element}s.
 */
final class Markup {
    /* What a tag is, as bit flags from one string switch rather than a set lookup per question. */
    /** Phrasing elements: text inside them continues the current visual line. */
    static final int INLINE = 1;
    /** Never rendered as text. */
    static final int NON_TEXT = 1 << 1;
    /** Interactive elements whose text is a command, not content. */
    static final int FORM_CONTROL = 1 << 2;
    /** Buttons and links by tag (other markup says so with a role). */
    static final int ACTIVATABLE = 1 << 3;
    /** Navigation, side panels and footers. */
    static final int PERIPHERAL = 1 << 4;
    /** A row never extends beyond these. */
    static final int LANDMARK = 1 << 5;
    static final int LIST_ITEM = 1 << 6;
    static final int LIST = 1 << 7;
    static final int ANCHOR = 1 << 8;
    static final int TIME = 1 << 9;
    static final int SPAN = 1 << 10;
    static final int DIALOG = 1 << 11;
    static final int BLOCKQUOTE = 1 << 12;
    /** Every flags value is below this. */
    static final int FLAG_VALUES = 1 << 13;

    static int flags(String tag) {
        return switch (tag) {
            case "a" -> INLINE | ACTIVATABLE | ANCHOR;
            case "span" -> INLINE | SPAN;
            case "time" -> INLINE | TIME;
            case "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
                    "mark", "q", "s", "samp", "small", "strong", "sub", "sup", "u", "var", "wbr" -> INLINE;
            case "script", "style", "template", "noscript", "svg", "img", "picture", "video", "audio",
                    "canvas", "iframe", "object", "head", "title", "meta", "link" -> NON_TEXT;
            case "button" -> FORM_CONTROL | ACTIVATABLE;
            case "input", "select", "textarea", "option" -> FORM_CONTROL;
            case "nav", "aside", "footer" -> PERIPHERAL | LANDMARK;
            case "html", "body", "main" -> LANDMARK;
            case "dialog" -> LANDMARK | DIALOG;
            case "blockquote" -> BLOCKQUOTE;
            case "li" -> LIST_ITEM;
            case "ul", "ol" -> LIST;
            default -> 0;
        };
    }

    private Markup() {}

    static boolean isInline(Element e) {
        return (flags(e.normalName()) & INLINE) != 0;
    }

    static boolean isButtonLike(ElementFacts e) {
        return e.is(FORM_CONTROL) || e.role().equals("button");
    }

    /** Buttons and links, whatever markup implements them. */
    static boolean isActivatable(ElementFacts e) {
        if (e.is(ACTIVATABLE)) {
            return true;
        }
        String role = e.role();
        return role.equals("button") || role.equals("link") || role.equals("menuitem");
    }

    static boolean isActivatable(Element e) {
        return isActivatable(ElementFacts.of(e));
    }

    /** Dialogs, alerts and toasts: they repeat a row's labels ("Invitation to X withdrawn") but are not rows. */
    static boolean isOverlay(ElementFacts e) {
        if (e.is(DIALOG)) { // by flag: the tag-answer memo is keyed by flags (PageScan)
            return true;
        }
        return switch (e.role()) {
            case "dialog", "alertdialog", "alert", "status" -> true;
            default -> "true".equalsIgnoreCase(e.ariaModal());
        };
    }

    static boolean isOverlay(Element e) {
        return isOverlay(ElementFacts.of(e));
    }

    /** Navigation, side panels ("People you may know") and footers never hold the viewer's invitations. */
    static boolean isPeripheral(ElementFacts e) {
        return e.is(PERIPHERAL) || isPeripheralRole(e.role());
    }

    static boolean isPeripheral(Element e) {
        return isPeripheral(ElementFacts.of(e));
    }

    private static boolean isPeripheralRole(String role) {
        return switch (role) {
            case "navigation", "complementary", "contentinfo", "banner" -> true;
            default -> false;
        };
    }

    /** A row never extends beyond these. */
    static boolean isLandmark(ElementFacts e) {
        String role = e.role();
        return e.is(LANDMARK) || (!role.isEmpty() && (role.equals("main") || isPeripheralRole(role)));
    }

    static boolean isListItem(ElementFacts e) {
        return e.is(LIST_ITEM) || e.role().equals("listitem");
    }

    static boolean isListContainer(ElementFacts e) {
        return e.is(LIST) || e.role().equals("list") || e.role().equals("feed");
    }

    /** A role attribute's value, trimmed and lower-cased (which it almost always already is). */
    static String normalRole(String role) {
        if (role.isEmpty()) {
            return role;
        }
        for (int i = 0; i < role.length(); i++) {
            char c = role.charAt(i);
            if (c < 'a' || c > 'z') {
                return role.trim().toLowerCase(Locale.ROOT);
            }
        }
        return role;
    }

    /**
     * An attribute's value or "". The HTML parser lower-cases attribute names, so an exact-key lookup
     * is enough; it is several times cheaper than jsoup's case-insensitive {@code attr()}.
     * {@code attributes()} would create an empty attribute set on an element that has none.
     */
    static String attr(Element e, String key) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(key);
    }

    /** Class tokens split on whitespace, without a regex (this runs per element). */
    static java.util.List<String> classTokens(String cls) {
        java.util.List<String> tokens = new java.util.ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= cls.length(); i++) {
            boolean space = i == cls.length() || Character.isWhitespace(cls.charAt(i));
            if (space && start >= 0) {
                tokens.add(cls.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    static boolean hasAttr(Element e, String key) {
        return e.attributesSize() != 0 && e.attributes().hasKey(key);
    }
}
