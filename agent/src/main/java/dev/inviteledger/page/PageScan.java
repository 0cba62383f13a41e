package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One pass over the whole document that collects every candidate the parser needs (withdraw
 * controls, "People (N)" counts, "Load more" buttons, pagination blocks), in document order.
 * A single traversal keeps a 1,500-row page cheap: no per-row selector runs over the document.
 */
final class PageScan {
    /** Short text only: button captions and pills are short, and long text is content. */
    private static final int MAX_CAPTION = 60;
    /** How far up from a caption's text node its button or pill may be. */
    private static final int MAX_CLIMB = 4;

    /** A real page shows one People pill (twice at most); more is noise or hostility. */
    private static final int MAX_PEOPLE_COUNTS = 20;
    /** Non-space characters a "People (N)" pill can hold: twice what {@link LocalizedWords#peopleCount} accepts. */
    private static final int MAX_PILL_TEXT = 80;

    record PeopleCandidate(Element element, int count) {}

    final List<Element> withdrawCandidates = new ArrayList<>();
    final List<PeopleCandidate> peopleCounts = new ArrayList<>();
    final List<Element> loadMoreButtons = new ArrayList<>();
    final List<Element> paginationBlocks = new ArrayList<>();

    /** The invitee named by a withdraw candidate's aria-label, so the label is matched only once. */
    final Map<Element, String> labelNames = new IdentityHashMap<>();

    private final Set<Element> seenWithdraw = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> seenPeople = Collections.newSetFromMap(new IdentityHashMap<>());

    private PageScan() {}

    static PageScan of(Document doc) {
        PageScan scan = new PageScan();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    scan.element(e);
                } else if (node instanceof TextNode t) {
                    scan.text(t);
                }
            }
        }, doc);
        return scan;
    }

    private void element(Element e) {
        String label = Markup.attr(e, "aria-label");
        if (!label.isEmpty() && isActivatable(e)) {
            String name = LocalizedWords.withdrawLabelName(label);
            if (name != null) {
                addWithdraw(e);
                labelNames.put(e, name);
            }
        }
        if (containsIgnoreCase(Markup.attr(e, "data-view-name"), "withdraw")) {
            addWithdraw(e);
        }
        if (containsIgnoreCase(Markup.attr(e, "class"), "pagination")
                || (!label.isEmpty() && (e.normalName().equals("nav") || "navigation".equals(Markup.role(e)))
                    && LocalizedWords.isPaginationLabel(PlainText.forMatching(label)))) {
            paginationBlocks.add(e);
        }
    }

    private void text(TextNode t) {
        String raw = t.getWholeText();
        if (raw.length() > MAX_CAPTION || t.isBlank()) {
            return;
        }
        boolean paren = raw.indexOf('(') >= 0;
        // Captions live in buttons and links; only those (and "(N)" counts) are worth reading.
        Element control = activatableAncestor(t);
        if (control == null && !paren) {
            return;
        }
        String words = PlainText.forMatching(raw);
        if (control != null && !seenWithdraw.contains(control) && LocalizedWords.isWithdrawText(words)) {
            addWithdraw(control);
        } else if (control != null && LocalizedWords.isLoadMore(words)) {
            loadMoreButtons.add(control);
        } else if (paren) {
            peopleCount(t);
        }
    }

    /** "People (148)" may be one text node or split across spans: try the node's nearest few ancestors. */
    private void peopleCount(TextNode t) {
        if (peopleCounts.size() >= MAX_PEOPLE_COUNTS) {
            return;
        }
        Element e = t.parentElement();
        for (int level = 0; level < 3 && e != null && e.childNodeSize() <= 6; level++, e = e.parent()) {
            if (seenPeople.contains(e)) {
                return;
            }
            // A pill's text is short; an ancestor with more (e.g. <main> above the "Pages (0)" pill, holding
            // the whole list) cannot be one, and reading it cost a fifth of a 1,500-row parse (issue 9).
            String text = PlainText.visibleText(e, MAX_PILL_TEXT);
            if (text == null) {
                return;
            }
            Integer n = LocalizedWords.peopleCount(PlainText.forMatching(text));
            if (n != null) {
                seenPeople.add(e);
                peopleCounts.add(new PeopleCandidate(e, n));
                return;
            }
        }
    }

    private void addWithdraw(Element e) {
        if (seenWithdraw.add(e)) {
            withdrawCandidates.add(e);
        }
    }

    private static Element activatableAncestor(TextNode t) {
        Element e = t.parentElement();
        for (int level = 0; level < MAX_CLIMB && e != null; level++, e = e.parent()) {
            if (isActivatable(e)) {
                return e;
            }
        }
        return null;
    }

    /** Buttons and links, whatever markup implements them. */
    static boolean isActivatable(Element e) {
        String tag = e.normalName();
        if (tag.equals("button") || tag.equals("a")) {
            return true;
        }
        String role = Markup.role(e);
        return role.equals("button") || role.equals("link") || role.equals("menuitem");
    }

    /** {@code needle} must be lower case; no allocation, as this runs on every element. */
    private static boolean containsIgnoreCase(String haystack, String needle) {
        for (int i = 0; i + needle.length() <= haystack.length(); i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
