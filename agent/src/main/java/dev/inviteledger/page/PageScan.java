package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * One pass over the whole document that collects every candidate the parser needs (withdraw
 * controls, "People (N)" counts, "Load more" buttons, pagination blocks), in document order.
 * A single traversal keeps a 1,500-row page cheap: no per-row selector runs over the document.
 *
 * <p>What a candidate's ancestors say (hidden, inside a dialog or side panel, inside another
 * candidate) is kept on a stack indexed by depth as the walk goes down, so no candidate walks up
 * the tree or looks its ancestors up in a map.
 */
final class PageScan {
    /** Short text only: button captions and pills are short, and long text is content. */
    private static final int MAX_CAPTION = 60;
    /** How far up from a caption's text node its button or pill may be. */
    private static final int MAX_CLIMB = 4;
    /** A control wrapped in another control sits a few levels below it, never further. */
    static final int MAX_NESTING = 6;

    /** A real page shows one People pill (twice at most); more is noise or hostility. */
    private static final int MAX_PEOPLE_COUNTS = 20;
    /** Non-space characters a "People (N)" pill can hold: twice what {@link LocalizedWords#peopleCount} accepts. */
    private static final int MAX_PILL_TEXT = 80;

    private static final int[] NONE = {};

    record PeopleCandidate(Element element, int count) {}

    /**
     * A possible withdraw control.
     *
     * @param labelName the invitee its aria-label names, or null
     * @param hidden    it or an ancestor is not rendered ({@link Visibility#hidesItself})
     * @param excluded  it is a dialog or toast, or sits in one or in a side panel
     * @param outers    indexes of earlier candidates among its nearest {@link #MAX_NESTING} ancestors, nearest first
     */
    record Candidate(Element element, String labelName, boolean hidden, boolean excluded, int[] outers) {}

    final List<Candidate> withdrawCandidates = new ArrayList<>();
    final List<PeopleCandidate> peopleCounts = new ArrayList<>();
    final List<Element> loadMoreButtons = new ArrayList<>();
    final List<Element> paginationBlocks = new ArrayList<>();

    private final Set<Element> seenPeople = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The open elements, by depth (the document is depth 0), and what is known about each. */
    private Element[] path = new Element[64];
    private boolean[] activatable = new boolean[64];
    /** Not rendered: the element hides itself or sits in something hidden. */
    private boolean[] hidden = new boolean[64];
    /** A dialog or toast itself. */
    private boolean[] overlay = new boolean[64];
    /** A dialog, toast or side panel, or inside one. */
    private boolean[] region = new boolean[64];
    /** Index into {@link #withdrawCandidates}, or -1. */
    private int[] candidate = new int[64];

    /** Reused for every caption's matching form. */
    private final StringBuilder scratch = new StringBuilder(64);
    /** Reused for every element: the scan asks each several questions. */
    private final ElementFacts facts = new ElementFacts();

    private PageScan() {}

    static PageScan of(Document doc) {
        PageScan scan = new PageScan();
        scan.element(doc, 0);
        new TreeWalk().descendants(doc, 0, new TreeWalk.Visitor() {
            @Override
            public boolean enter(Element e, int depth) {
                scan.element(e, depth);
                return true;
            }

            @Override
            public void text(TextNode t, int depth) {
                scan.text(t, depth);
            }

            @Override
            public void exit(Element e, int depth) {}
        });
        return scan;
    }

    private void element(Element e, int depth) {
        if (depth == path.length) {
            grow();
        }
        ElementFacts f = facts.read(e);
        path[depth] = e;
        candidate[depth] = -1;
        boolean act = Markup.isActivatable(f);
        activatable[depth] = act;
        boolean above = depth > 0;
        hidden[depth] = (above && hidden[depth - 1]) || Visibility.hidesItself(f);
        overlay[depth] = Markup.isOverlay(f);
        region[depth] = (above && region[depth - 1]) || overlay[depth] || Markup.isPeripheral(f);
        if (!f.hasAttributes()) {
            return;
        }
        String label = f.attr("aria-label");
        if (!label.isEmpty() && act) {
            String name = LocalizedWords.withdrawLabelName(label);
            if (name != null) {
                addWithdraw(depth, name);
            }
        }
        if (containsIgnoreCase(f.attr("data-view-name"), "withdraw")) {
            addWithdraw(depth, null);
        }
        if (containsIgnoreCase(f.attr("class"), "pagination")
                || (!label.isEmpty() && (f.tag().equals("nav") || "navigation".equals(f.role()))
                    && LocalizedWords.isPaginationLabel(PlainText.forMatching(label)))) {
            paginationBlocks.add(e);
        }
    }

    private void text(TextNode t, int depth) {
        String raw = t.getWholeText();
        if (raw.length() > MAX_CAPTION || t.isBlank()) {
            return;
        }
        boolean paren = raw.indexOf('(') >= 0;
        // Captions live in buttons and links; only those (and "(N)" counts) are worth reading.
        int control = activatableAncestor(depth);
        if (control < 0 && !paren) {
            return;
        }
        CharSequence words = control >= 0 ? PlainText.forMatching(raw, scratch) : "";
        if (control >= 0 && candidate[control] < 0 && LocalizedWords.isWithdrawText(words)) {
            addWithdraw(control, null);
        } else if (control >= 0 && LocalizedWords.isLoadMore(words)) {
            loadMoreButtons.add(path[control]);
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

    /** Adds the open element at {@code depth} once; it is open, so its ancestors are still on the stack. */
    private void addWithdraw(int depth, String labelName) {
        if (candidate[depth] >= 0) {
            return;
        }
        Element e = path[depth];
        boolean excluded = overlay[depth] || (depth > 0 && region[depth - 1]);
        candidate[depth] = withdrawCandidates.size();
        withdrawCandidates.add(new Candidate(e, labelName, hidden[depth], excluded, outers(depth)));
    }

    private int[] outers(int depth) {
        int[] found = NONE;
        for (int d = depth - 1; d >= 0 && d >= depth - MAX_NESTING; d--) {
            if (candidate[d] >= 0) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = candidate[d];
            }
        }
        return found;
    }

    /** Depth of the text's nearest button or link within {@link #MAX_CLIMB} levels, or -1. */
    private int activatableAncestor(int textDepth) {
        for (int d = textDepth - 1; d >= 0 && d >= textDepth - MAX_CLIMB; d--) {
            if (activatable[d]) {
                return d;
            }
        }
        return -1;
    }

    private void grow() {
        int n = path.length * 2;
        path = Arrays.copyOf(path, n);
        activatable = Arrays.copyOf(activatable, n);
        hidden = Arrays.copyOf(hidden, n);
        overlay = Arrays.copyOf(overlay, n);
        region = Arrays.copyOf(region, n);
        candidate = Arrays.copyOf(candidate, n);
    }

    /** {@code needle} must be lower-case ASCII; no allocation, as this runs on every element. */
    private static boolean containsIgnoreCase(String haystack, String needle) {
        char first = needle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i + needle.length() <= haystack.length(); i++) {
            char c = haystack.charAt(i);
            // regionMatches folds case beyond ASCII too (dotless ı matches i): leave non-ASCII to it.
            if ((c == first || c == firstUpper || c > 0x7F) && haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
