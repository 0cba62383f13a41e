package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * From withdraw controls to rows. A row is the nearest list item ({@code li} or
 * {@code [role=listitem]}) that holds exactly one withdraw control and an age line; where a build
 * has no list items, the largest ancestor holding only that control (and an age line) stands in.
 * Cost is one walk up from each control, with per-element control counts computed up front.
 */
final class RowLocator {
    /** A row and the control that anchored it. */
    record Located(Element row, WithdrawControls.Control control, RowText text) {}

    /**
     * Real rows nest at most an action list inside the row; reading more nested list items per
     * control would let a hostile page make the walk quadratic.
     */
    private static final int MAX_ITEMS_TRIED = 4;

    private final Map<Element, int[]> controlCount;
    private final RowTextReader reader;

    private RowLocator(int controls) {
        // Each control adds its parent, rarely more: its other ancestors are shared with other controls.
        controlCount = new IdentityHashMap<>(controls + 16);
        reader = new RowTextReader();
    }

    static List<Located> locate(List<WithdrawControls.Control> controls) {
        return new RowLocator(controls.size()).run(controls);
    }

    private List<Located> run(List<WithdrawControls.Control> all) {
        List<WithdrawControls.Control> controls = withoutHiddenDuplicates(all);
        for (WithdrawControls.Control c : controls) {
            countAncestors(c.element());
        }
        List<Located> rows = new ArrayList<>();
        for (WithdrawControls.Control c : controls) {
            Located located = rowOf(c);
            if (located != null) {
                rows.add(located);
            }
        }
        return rows;
    }

    /**
     * A hidden control is a duplicate when a visible control names the same person or sits in the
     * same list item; hidden controls with no visible twin stay (they may be the only copy).
     */
    private static List<WithdrawControls.Control> withoutHiddenDuplicates(List<WithdrawControls.Control> all) {
        if (all.stream().noneMatch(WithdrawControls.Control::hidden)) {
            return all;
        }
        Set<String> visibleNames = new HashSet<>();
        Set<Element> itemsWithVisible = Collections.newSetFromMap(new IdentityHashMap<>());
        for (WithdrawControls.Control c : all) {
            if (!c.hidden()) {
                if (c.labelName() != null) {
                    visibleNames.add(nameKey(c.labelName()));
                }
                Element item = nearestListItem(c.element());
                if (item != null) {
                    itemsWithVisible.add(item);
                }
            }
        }
        List<WithdrawControls.Control> kept = new ArrayList<>();
        for (WithdrawControls.Control c : all) {
            boolean duplicate = c.hidden()
                    && ((c.labelName() != null && visibleNames.contains(nameKey(c.labelName())))
                        || itemsWithVisible.contains(nearestListItem(c.element())));
            if (!duplicate) {
                kept.add(c);
            }
        }
        return kept;
    }

    private Located rowOf(WithdrawControls.Control c) {
        Element firstItem = null;
        RowText firstItemText = null;
        Element largestSingle = null;
        int itemsTried = 0;
        boolean passedList = false;
        for (Element e = c.element().parent(); e != null; e = e.parent()) {
            if (count(e) > 1) {
                break;
            }
            String tag = e.normalName();
            String role = Markup.role(e);
            if (Markup.isLandmark(tag, role)) {
                break;
            }
            if (Markup.isListContainer(tag, role)) {
                // A row never contains the list itself: stop growing the fallback here.
                passedList = true;
            }
            if (!passedList) {
                largestSingle = e;
            }
            if (Markup.isListItem(tag, role) && itemsTried++ < MAX_ITEMS_TRIED) {
                RowText text = text(e, c);
                if (text.hasAgeLine()) {
                    return new Located(e, c, text);
                }
                if (firstItem == null) {
                    firstItem = e;
                    firstItemText = text;
                }
            }
        }
        if (firstItem != null) {
            // A list item with a withdraw control is a row even when its age line is unreadable.
            return new Located(firstItem, c, firstItemText);
        }
        if (largestSingle != null) {
            // No list items: accept the fallback only with an age line (a bulk toolbar has none).
            RowText text = text(largestSingle, c);
            if (text.hasAgeLine()) {
                return new Located(largestSingle, c, text);
            }
        }
        return null;
    }

    /**
     * Marks the control's ancestors as holding one control, up to the first ancestor already marked,
     * which becomes "several" (2). Ancestors above it keep a stale 1, but no walk ever reaches
     * them: every walk up from a control meets a "several" mark at or below them first (the lowest
     * common ancestor of two controls is always marked), and {@link #rowOf} stops there.
     */
    private void countAncestors(Element control) {
        for (Element a = control.parent(); a != null; a = a.parent()) {
            int[] n = controlCount.get(a);
            if (n != null) {
                n[0] = 2;
                return;
            }
            controlCount.put(a, new int[] {1});
        }
    }

    private int count(Element e) {
        int[] n = controlCount.get(e);
        return n == null ? 0 : n[0];
    }

    /**
     * Only one control's walk reaches an element (the walk stops where a second control is below), so
     * a row's text is read once without a memo per element, and {@code c} is the only control in it.
     */
    private RowText text(Element e, WithdrawControls.Control c) {
        return reader.read(e, c.element());
    }

    private static Element nearestListItem(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (Markup.isListItem(a)) {
                return a;
            }
        }
        return null;
    }

    private static String nameKey(String name) {
        return PlainText.foldApostrophes(PlainText.normalize(name)).toLowerCase(Locale.ROOT);
    }
}
