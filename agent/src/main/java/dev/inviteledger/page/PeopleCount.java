package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The page's own total: the selected "People (N)" filter pill or tab. Absent on some builds, in
 * which case completeness cannot be judged.
 */
final class PeopleCount {
    /**
     * @param total   the count, or null
     * @param warning why no count was taken although some were shown, or null
     */
    record Result(Integer total, String warning) {}

    private PeopleCount() {}

    static Result choose(List<PageScan.PeopleCandidate> candidates, Visibility visibility) {
        List<PageScan.PeopleCandidate> shown = new ArrayList<>();
        for (PageScan.PeopleCandidate c : candidates) {
            if (!visibility.isHidden(c.element()) && !insideOverlay(c.element())) {
                shown.add(c);
            }
        }
        for (PageScan.PeopleCandidate c : shown) {
            if (Selection.isSelected(c.element(), null)) {
                return new Result(c.count(), null);
            }
        }
        // Some builds do not mark the People pill as selected; one unambiguous count is still the total.
        Set<Integer> distinct = new LinkedHashSet<>();
        for (PageScan.PeopleCandidate c : shown) {
            distinct.add(c.count());
        }
        if (distinct.size() == 1) {
            return new Result(distinct.iterator().next(), null);
        }
        if (distinct.size() > 1) {
            return new Result(null, "Several different People (N) counts and none is selected: the total is unknown.");
        }
        return new Result(null, null);
    }

    private static boolean insideOverlay(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (Markup.isOverlay(a)) {
                return true;
            }
        }
        return false;
    }
}
