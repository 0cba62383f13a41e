package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Whether the list continues beyond what the capture holds: a "Load more" button (lazy builds C
 * and D) or pagination with more than one page (builds A and B).
 *
 * @param loadMore    a visible "Load more"/"Show more" button for the list
 * @param paginated   the list is split into pages
 * @param currentPage the selected page number, or null
 * @param pageCount   the highest page number shown, or null
 */
record ListContinuation(boolean loadMore, boolean paginated, Integer currentPage, Integer pageCount) {

    static ListContinuation find(PageScan scan, Set<Element> rows, Visibility visibility) {
        boolean loadMore = false;
        for (Element button : scan.loadMoreButtons) {
            if (!visibility.isHidden(button) && belongsToList(button, rows)) {
                loadMore = true;
                break;
            }
        }
        Pages pages = new Pages();
        for (Element block : outermost(scan.paginationBlocks)) {
            if (!visibility.isHidden(block)) {
                pages.read(block, visibility);
            }
        }
        boolean paginated = pages.max > 1 || pages.nextEnabled || pages.previousEnabled;
        return new ListContinuation(loadMore, paginated, pages.current, pages.max > 0 ? pages.max : null);
    }

    /** Not inside a row (a note's "… more"), a side panel ("People you may know") or a dialog. */
    private static boolean belongsToList(Element button, Set<Element> rows) {
        for (Element a = button; a != null; a = a.parent()) {
            if (rows.contains(a) || Markup.isPeripheral(a) || Markup.isOverlay(a)) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> outermost(List<Element> blocks) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(blocks);
        List<Element> out = new ArrayList<>();
        for (Element b : blocks) {
            boolean nested = false;
            for (Element a = b.parent(); a != null && !nested; a = a.parent()) {
                nested = all.contains(a);
            }
            if (!nested) {
                out.add(b);
            }
        }
        return out;
    }

    /** Page numbers, the selected one, and whether Next/Previous are enabled. */
    private static final class Pages {
        /** Pagination shows a handful of page numbers; reading thousands would only serve a hostile page. */
        private static final int MAX_NUMBERS = 200;
        private int numbersSeen;
        int max;
        Integer current;
        boolean nextEnabled;
        boolean previousEnabled;

        void read(Element block, Visibility visibility) {
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t && !t.isBlank()) {
                        number(t, block, visibility);
                    } else if (node instanceof Element e && Markup.isActivatable(e) && !visibility.isHidden(e)) {
                        step(e);
                    }
                }
            }, block);
        }

        private void number(TextNode t, Element block, Visibility visibility) {
            if (++numbersSeen > MAX_NUMBERS) {
                return;
            }
            String s = PlainText.normalize(t.getWholeText());
            if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(Character::isDigit)
                    || visibility.isHidden(t.parentElement())) {
                return;
            }
            int n = Integer.parseInt(s);
            max = Math.max(max, n);
            if (current == null && Selection.isSelected(t.parentElement(), block)) {
                current = n;
            }
        }

        private void step(Element e) {
            String label = PlainText.forMatching(Markup.hasAttr(e, "aria-label") ? Markup.attr(e, "aria-label") : PlainText.visibleText(e));
            boolean enabled = !Markup.hasAttr(e, "disabled") && !Markup.attr(e, "aria-disabled").equalsIgnoreCase("true")
                    && !Markup.attr(e, "class").contains("disabled");
            if (LocalizedWords.isNextPage(label)) {
                nextEnabled |= enabled;
            } else if (LocalizedWords.isPreviousPage(label)) {
                previousEnabled |= enabled;
            }
        }
    }
}
