package dev.inviteledger.page;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Generic HTML facts (not LinkedIn-specific): which tags flow inline, which regions are not content. */
final class Markup {
    /** Phrasing elements: text inside them continues the current visual line. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
            "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr");

    /** Never rendered as text. */
    private static final Set<String> NON_TEXT = Set.of(
            "script", "style", "template", "noscript", "svg", "img", "picture", "video", "audio",
            "canvas", "iframe", "object", "head", "title", "meta", "link");

    /** Interactive elements whose text is a command, not content. */
    private static final Set<String> FORM_CONTROLS = Set.of("button", "input", "select", "textarea", "option");

    private static final Set<String> OVERLAY_ROLES = Set.of("dialog", "alertdialog", "alert", "status");
    private static final Set<String> PERIPHERAL_TAGS = Set.of("nav", "aside", "footer");
    private static final Set<String> PERIPHERAL_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner");
    private static final Set<String> LANDMARK_TAGS = Set.of("html", "body", "main", "dialog");

    private Markup() {}

    static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    static boolean isNonText(Element e) {
        return NON_TEXT.contains(e.normalName());
    }

    static boolean isButtonLike(Element e) {
        return FORM_CONTROLS.contains(e.normalName()) || "button".equals(role(e));
    }

    /** Dialogs, alerts and toasts: they repeat a row's labels ("Invitation to X withdrawn") but are not rows. */
    static boolean isOverlay(Element e) {
        if (e.normalName().equals("dialog")) {
            return true;
        }
        return OVERLAY_ROLES.contains(role(e)) || "true".equalsIgnoreCase(attr(e, "aria-modal"));
    }

    /** Navigation, side panels ("People you may know") and footers never hold the viewer's invitations. */
    static boolean isPeripheral(Element e) {
        return PERIPHERAL_TAGS.contains(e.normalName()) || PERIPHERAL_ROLES.contains(role(e));
    }

    /** A row never extends beyond these. Takes tag and {@link #role} so a walk reads each only once. */
    static boolean isLandmark(String tag, String role) {
        return LANDMARK_TAGS.contains(tag) || PERIPHERAL_TAGS.contains(tag)
                || (!role.isEmpty() && (role.equals("main") || PERIPHERAL_ROLES.contains(role)));
    }

    static boolean isListItem(Element e) {
        return isListItem(e.normalName(), role(e));
    }

    static boolean isListItem(String tag, String role) {
        return tag.equals("li") || role.equals("listitem");
    }

    static boolean isListContainer(String tag, String role) {
        return tag.equals("ul") || tag.equals("ol") || role.equals("list") || role.equals("feed");
    }

    /** The role attribute, trimmed and lower-cased (which it almost always already is). */
    static String role(Element e) {
        String role = attr(e, "role");
        if (role.isEmpty()) {
            return role;
        }
        for (int i = 0; i < role.length(); i++) {
            char c = role.charAt(i);
            if (c < 'a' || c > 'z') {
                return role.trim().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return role;
    }

    /**
     * An attribute's value or "". The HTML parser lower-cases attribute names, so an exact-key lookup
     * is enough; it is several times cheaper than jsoup's case-insensitive {@code attr()}, and this
     * runs on every element of every row.
     */
    static String attr(Element e, String key) {
        return e.attributes().get(key);
    }

    /** Class tokens split on whitespace, without a regex (this runs per element). */
    static java.util.List<String> classTokens(String cls) {
        java.util.List<String> tokens = new java.util.ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= cls.length(); i++) {
            boolean space = i == cls.length() || Character.isWhitespace(cls.charAt(i));
            if (space && start >= 0) {
                tokens.add(cls.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    static boolean hasAttr(Element e, String key) {
        return e.attributes().hasKey(key);
    }
}
