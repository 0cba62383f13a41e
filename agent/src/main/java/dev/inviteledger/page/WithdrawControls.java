package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The most stable anchor on every generation of the page: the per-row withdraw control
 * (button or link, by its label, its "Withdraw" caption or data-view-name).
 */
final class WithdrawControls {
    /**
     * One withdraw control.
     *
     * @param labelName the invitee named by its aria-label, or null
     * @param hidden    not rendered (LinkedIn keeps hidden duplicates)
     */
    record Control(Element element, String labelName, boolean hidden) {}

    private static final int MAX_NESTING = 6;

    private WithdrawControls() {}

    /**
     * Candidates from {@link PageScan}, minus those in dialogs/toasts (the confirmation dialog's
     * button shares the row's label) and side panels; a control nested in another is merged into it.
     */
    static List<Control> from(PageScan scan, Visibility visibility) {
        List<Control> controls = new ArrayList<>();
        Map<Element, Integer> indexOf = new IdentityHashMap<>();
        Map<Element, Boolean> excludedRegion = new IdentityHashMap<>();
        for (Element e : scan.withdrawCandidates) {
            if (Markup.isOverlay(e) || inExcludedRegion(e.parent(), excludedRegion)) {
                continue;
            }
            String labelName = scan.labelNames.get(e);
            Element outer = null;
            int level = 0;
            // A control wrapped in another control sits a few levels below it, never further.
            for (Element a = e.parent(); a != null && outer == null && level < MAX_NESTING; a = a.parent(), level++) {
                if (indexOf.containsKey(a)) {
                    outer = a;
                }
            }
            if (outer != null) {
                // <div data-view-name=…withdraw><button aria-label="…">: one control; keep the name.
                int i = indexOf.get(outer);
                Control o = controls.get(i);
                if (o.labelName() == null && labelName != null) {
                    controls.set(i, new Control(o.element(), labelName, o.hidden()));
                }
                continue;
            }
            indexOf.put(e, controls.size());
            controls.add(new Control(e, labelName, visibility.isHidden(e)));
        }
        return controls;
    }

    /** Inside a dialog, toast or side panel; memoised because every control shares the same top ancestors. */
    private static boolean inExcludedRegion(Element e, Map<Element, Boolean> memo) {
        List<Element> unknown = new ArrayList<>();
        boolean excluded = false;
        for (Element cur = e; cur != null; cur = cur.parent()) {
            Boolean known = memo.get(cur);
            if (known != null) {
                excluded = known;
                break;
            }
            unknown.add(cur);
        }
        for (int i = unknown.size() - 1; i >= 0; i--) {
            Element cur = unknown.get(i);
            excluded = excluded || Markup.isOverlay(cur) || Markup.isPeripheral(cur);
            memo.put(cur, excluded);
        }
        return excluded;
    }
}
