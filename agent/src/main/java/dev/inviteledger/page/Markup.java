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
        return FORM_CONTROLS.contains(e.normalName()) || "button".equalsIgnoreCase(e.attr("role"));
    }

    /** Dialogs, alerts and toasts: they repeat a row's labels ("Invitation to X withdrawn") but are not rows. */
    static boolean isOverlay(Element e) {
        return e.normalName().equals("dialog") || OVERLAY_ROLES.contains(role(e))
                || "true".equalsIgnoreCase(e.attr("aria-modal"));
    }

    /** Navigation, side panels ("People you may know") and footers never hold the viewer's invitations. */
    static boolean isPeripheral(Element e) {
        return PERIPHERAL_TAGS.contains(e.normalName()) || PERIPHERAL_ROLES.contains(role(e));
    }

    /** A row never extends beyond these. */
    static boolean isLandmark(Element e) {
        return LANDMARK_TAGS.contains(e.normalName()) || "main".equals(role(e)) || isPeripheral(e);
    }

    static boolean isListItem(Element e) {
        return e.normalName().equals("li") || "listitem".equals(role(e));
    }

    static boolean isListContainer(Element e) {
        String tag = e.normalName();
        return tag.equals("ul") || tag.equals("ol") || "list".equals(role(e)) || "feed".equals(role(e));
    }

    static String role(Element e) {
        String role = e.attr("role");
        return role.isEmpty() ? role : role.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
