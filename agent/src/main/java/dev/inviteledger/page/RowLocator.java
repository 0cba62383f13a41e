package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * From withdraw controls to rows. A row is the nearest list item ({@code li} or
 * {@code [role=listitem]}) that holds exactly one withdraw control and an age line; where a build
 * has no list items, the largest ancestor holding only that control (and an age line) stands in.
 * Cost is one walk up from each control, with per-element control counts computed up front.
 */
final class RowLocator {
    /**
     * A row, the control that anchored it, and what it says: read as soon as it is located, so the row's
     * text needs no holder of its own.
     *
     * @param read        {@link RowReader#read} of its text, null when it names nobody
     * @param profileSlug the slug of its first /in/ link, or null
     */
    record Located(Element row, WithdrawControls.Control control, RowReader.Read read, String profileSlug) {}

    /**
     * Real rows nest at most an action list inside the row; reading more nested list items per
     * control would let a hostile page make the walk quadratic.
     */
    private static final int MAX_ITEMS_TRIED = 4;

    private final PageNodes nodes;
    /**
     * Per node: 0 no control below it, 1 one, 2 several (see {@link #countAncestors}). An array by
     * node index rather than a map: each control's walk up would hash every element it passes.
     */
    private final byte[] controlCount;
    private final RowTextReader reader;

    private RowLocator(PageNodes nodes) {
        this.nodes = nodes;
        controlCount = new byte[nodes.size];
        reader = new RowTextReader(nodes);
    }

    static List<Located> locate(List<WithdrawControls.Control> controls, PageNodes nodes) {
        return new RowLocator(nodes).run(controls);
    }

    private List<Located> run(List<WithdrawControls.Control> all) {
        List<WithdrawControls.Control> controls = withoutHiddenDuplicates(all);
        for (WithdrawControls.Control c : controls) {
            countAncestors(c.node());
        }
        List<Located> rows = new ArrayList<>(controls.size());
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
    private List<WithdrawControls.Control> withoutHiddenDuplicates(List<WithdrawControls.Control> all) {
        if (all.stream().noneMatch(WithdrawControls.Control::hidden)) {
            return all;
        }
        // By node index: the list items holding a visible control (the cheap test, so it goes first).
        boolean[] itemsWithVisible = new boolean[nodes.size];
        for (WithdrawControls.Control c : all) {
            if (!c.hidden()) {
                int item = nearestListItem(c.node());
                if (item >= 0) {
                    itemsWithVisible[item] = true;
                }
            }
        }
        // the visible controls' names, cut out of their labels only if a hidden control needs them
        Set<String> visibleNames = null;
        List<WithdrawControls.Control> kept = new ArrayList<>();
        for (WithdrawControls.Control c : all) {
            if (c.hidden()) {
                int item = nearestListItem(c.node());
                if (item >= 0 && itemsWithVisible[item]) {
                    continue;
                }
                String name = c.labelName();
                if (name != null) {
                    if (visibleNames == null) {
                        visibleNames = visibleNameKeys(all);
                    }
                    if (visibleNames.contains(nameKey(name))) {
                        continue;
                    }
                }
            }
            kept.add(c);
        }
        return kept;
    }

    private static Set<String> visibleNameKeys(List<WithdrawControls.Control> all) {
        Set<String> names = new HashSet<>();
        for (WithdrawControls.Control c : all) {
            String name = c.hidden() ? null : c.labelName();
            if (name != null) {
                names.add(nameKey(name));
            }
        }
        return names;
    }

    private Located rowOf(WithdrawControls.Control c) {
        int firstItem = -1;
        int largestSingle = -1;
        int itemsTried = 0;
        boolean passedList = false;
        int[] parent = nodes.parent;
        for (int e = parent[c.node()]; e >= 0; e = parent[e]) {
            if (controlCount[e] > 1 || nodes.is(e, PageNodes.LANDMARK)) {
                break;
            }
            if (nodes.is(e, PageNodes.LIST)) {
                // A row never contains the list itself: stop growing the fallback here.
                passedList = true;
            }
            if (!passedList) {
                largestSingle = e;
            }
            if (nodes.is(e, PageNodes.LIST_ITEM) && itemsTried++ < MAX_ITEMS_TRIED) {
                RowText text = reader.read(e, c.node());
                if (text.hasAgeLine()) {
                    return located(e, c, text);
                }
                if (firstItem < 0) {
                    firstItem = e;
                }
            }
        }
        if (firstItem >= 0) {
            // A list item with a withdraw control is a row even when its age line is unreadable. Read again: the
            // reader's one RowText has since held other items' text (rare, and reading is deterministic).
            return located(firstItem, c, itemsTried > 1 ? reader.read(firstItem, c.node()) : reader.lastRead());
        }
        if (largestSingle >= 0) {
            // No list items: accept the fallback only with an age line (a bulk toolbar has none).
            RowText text = reader.read(largestSingle, c.node());
            if (text.hasAgeLine()) {
                return located(largestSingle, c, text);
            }
        }
        return null;
    }

    private Located located(int row, WithdrawControls.Control c, RowText text) {
        return new Located((Element) nodes.node[row], c, RowReader.read(c, text), text.firstProfileSlug);
    }

    /**
     * Marks the control's ancestors as holding one control, up to the first ancestor already marked,
     * which becomes "several" (2). Ancestors above it keep a stale 1, but no walk ever reaches
     * them: every walk up from a control meets a "several" mark at or below them first (the lowest
     * common ancestor of two controls is always marked), and {@link #rowOf} stops there. Only one
     * control's walk reaches an element, so a row's text is read once, and that control is the only one in it.
     */
    private void countAncestors(int control) {
        int[] parent = nodes.parent;
        for (int a = parent[control]; a >= 0; a = parent[a]) {
            if (controlCount[a] != 0) {
                controlCount[a] = 2;
                return;
            }
            controlCount[a] = 1;
        }
    }

    /** Index of the nearest list item above the node, or -1: the node table's parents are jsoup's. */
    private int nearestListItem(int node) {
        for (int a = nodes.parent[node]; a >= 0; a = nodes.parent[a]) {
            if (nodes.is(a, PageNodes.LIST_ITEM)) {
                return a;
            }
        }
        return -1;
    }

    private static String nameKey(String name) {
        return PlainText.foldApostrophes(PlainText.normalize(name)).toLowerCase(Locale.ROOT);
    }
}
