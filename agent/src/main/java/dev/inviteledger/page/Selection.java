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
        String current = e.attr("aria-current");
        if (!current.isEmpty() && !current.equalsIgnoreCase("false")) {
            return true;
        }
        if (e.attr("aria-selected").equalsIgnoreCase("true") || e.attr("aria-pressed").equalsIgnoreCase("true")
                || e.attr("aria-checked").equalsIgnoreCase("true")) {
            return true;
        }
        for (String token : e.classNames()) {
            if (STATE_CLASS.matcher(token.toLowerCase(java.util.Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }
}
