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

    private WithdrawControls() {}

    /**
     * Candidates from {@link PageScan}, minus those in dialogs/toasts (the confirmation dialog's
     * button shares the row's label) and side panels; a control nested in another is merged into it.
     */
    static List<Control> from(List<Element> candidates, Visibility visibility) {
        List<Control> controls = new ArrayList<>();
        Map<Element, Integer> indexOf = new IdentityHashMap<>();
        for (Element e : candidates) {
            String labelName = e.hasAttr("aria-label") ? LocalizedWords.withdrawLabelName(e.attr("aria-label")) : null;
            Element outer = null;
            boolean excluded = false;
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (Markup.isOverlay(a) || Markup.isPeripheral(a)) {
                    excluded = true;
                    break;
                }
                if (outer == null && indexOf.containsKey(a)) {
                    outer = a;
                }
            }
            if (excluded || Markup.isOverlay(e)) {
                continue;
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
}
