package dev.inviteledger.page;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Whether a pill, tab or page button is the selected one (ARIA state first, state-named classes second). */
final class Selection {
    /** "active", "selected", "artdeco-pill--selected", "is-current"…; not "inactive". */
    private static final Pattern STATE_CLASS = Pattern.compile("(?:^|.*[-_])(?:active|selected|current)$");
    /** The state may sit on the element or on a wrapper a few levels up (li > button > span). */
    private static final int MAX_LEVELS = 3;

    private Selection() {}

    static boolean isSelected(Element e, Element stopAt) {
        Element cur = e;
        for (int level = 0; level <= MAX_LEVELS && cur != null && cur != stopAt; level++, cur = cur.parent()) {
            if (selectedItself(cur)) {
                return true;
            }
        }
        return false;
    }

    private static boolean selectedItself(Element e) {
        String current = Markup.attr(e, "aria-current");
        if (!current.isEmpty() && !current.equalsIgnoreCase("false")) {
            return true;
        }
        if (Markup.attr(e, "aria-selected").equalsIgnoreCase("true") || Markup.attr(e, "aria-pressed").equalsIgnoreCase("true")
                || Markup.attr(e, "aria-checked").equalsIgnoreCase("true")) {
            return true;
        }
        for (String token : Markup.classTokens(Markup.attr(e, "class"))) {
            if (STATE_CLASS.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }
}
