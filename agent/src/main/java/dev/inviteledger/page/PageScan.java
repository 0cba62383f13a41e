package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One pass over the whole document that collects every candidate the parser needs (withdraw
 * controls, "People (N)" counts, "Load more" buttons, pagination blocks), in document order.
 * A single traversal keeps a 1,500-row page cheap: no per-row selector runs over the document.
 *
 * <p>What a candidate's ancestors say (hidden, inside a dialog or side panel, inside another
 * candidate) is kept on a stack indexed by depth as the walk goes down, so no candidate walks up
 * the tree or looks its ancestors up in a map.
 *
 * <p>It is the only walk over jsoup's tree: it also fills in {@link #nodes}, from which rows are
 * located and read without asking jsoup's nodes again.
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

    /* What the scan asks of every element, packed with its row facts (bits 0 to 15) as one int. */
    private static final int ROW_FACTS = 0xFFFF;
    private static final int HIDES_ITSELF = 1 << 16;
    private static final int ACTIVATABLE = 1 << 17;
    private static final int OVERLAY = 1 << 18;
    private static final int PERIPHERAL = 1 << 19;
    private static final int KNOWN = 1 << 20;

    /**
     * {@link #answers} of elements without attributes (or with only an href), by tag flags: for them every
     * answer depends on the tag alone (no role, class, style or label), and most elements of a page are
     * such. Filled in as tags are met; a racing thread can only write the same value. Valid as long as
     * {@link #answers} asks such an element nothing but its tag flags (and {@link #roleAnswers}' elements
     * nothing but those and the role). Elements whose attributes are only ones it never reads (a label, an
     * href, a data-view-name: {@link ElementFacts#answeredByTag}) share the same answers.
     */
    private static final int[] PLAIN_ANSWERS = new int[Markup.FLAG_VALUES];

    record PeopleCandidate(Element element, int count) {}

    /**
     * A possible withdraw control.
     *
     * @param node      its index in {@link #nodes}
     * @param withdrawLabel its aria-label when that names the invitee ({@link LocalizedWords#namesInvitee}), or null
     * @param hidden    it or an ancestor is not rendered ({@link Visibility#hidesItself})
     * @param excluded  it is a dialog or toast, or sits in one or in a side panel
     * @param outers    indexes of earlier candidates among its nearest {@link #MAX_NESTING} ancestors, nearest first
     */
    record Candidate(int node, String withdrawLabel, boolean hidden, boolean excluded, int[] outers) {}

    final List<Candidate> withdrawCandidates = new ArrayList<>();
    final List<PeopleCandidate> peopleCounts = new ArrayList<>();
    final List<Element> loadMoreButtons = new ArrayList<>();
    final List<Element> paginationBlocks = new ArrayList<>();

    private final Set<Element> seenPeople = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Every element and text node, with what the row walks need to know of it. */
    final PageNodes nodes;

    /** The open elements, by depth (the document is depth 0), and what is known about each. */
    private Element[] path = new Element[64];
    /** Index into {@link #nodes} of each open element. */
    private int[] open = new int[64];
    /** The walk's position among each open element's children. */
    private int[] nextChild = new int[64];
    private boolean[] activatable = new boolean[64];
    /** Not rendered: the element hides itself or sits in something hidden. */
    private boolean[] hidden = new boolean[64];
    /** A dialog or toast itself. */
    private boolean[] overlay = new boolean[64];
    /** A dialog, toast or side panel, or inside one. */
    private boolean[] region = new boolean[64];
    /** Index into {@link #withdrawCandidates}, or -1. */
    private int[] candidate = new int[64];

    /** {@link #roleAnswers}' memory. */
    private int lastRoleFlags = -1;
    private String lastRole;
    private int lastRoleAnswers;

    /** Reused for every caption's matching form. */
    private final MatchingText scratch = new MatchingText();
    /** Reused for every element: the scan asks each several questions. */
    private final ElementFacts facts = ElementFacts.forWalk();

    private PageScan(PageNodes nodes) {
        this.nodes = nodes;
    }

    static PageScan of(Document doc) {
        PageScan scan = new PageScan(new PageNodes(64));
        scan.walk(doc);
        return scan;
    }

    /**
     * A scan into a borrowed node table ({@link PageNodes#borrow}): the caller gives {@link #nodes} back
     * ({@link PageNodes#release}) when it is done with the scan.
     *
     * @param capacity a guess at the number of nodes (the walk grows its arrays past it if need be)
     */
    static PageScan intoBorrowedTable(Document doc, int capacity) {
        PageScan scan = new PageScan(PageNodes.borrow(Math.max(64, capacity)));
        scan.walk(doc);
        return scan;
    }

    /**
     * Depth-first, stepping through each parent's children by index: jsoup's {@code NodeTraversor}
     * steps by {@code nextSibling()}, which first renumbers every parent's children after a parse (the
     * numbers are kept lazily). Iterative, as hostile pages nest deeply; {@link #path} is the stack.
     */
    private void walk(Document doc) {
        element(doc, 0);
        nextChild[0] = 0;
        int top = 0;
        while (top >= 0) {
            Element parent = path[top];
            int i = nextChild[top];
            if (i < parent.childNodeSize()) {
                nextChild[top] = i + 1;
                Node child = parent.childNode(i);
                if (child instanceof Element e) {
                    element(e, ++top);
                    nextChild[top] = 0;
                } else if (child instanceof TextNode t) {
                    text(t, top + 1);
                }
            } else {
                nodes.close(open[top]);
                path[top--] = null;
            }
        }
    }

    private void element(Element e, int depth) {
        if (depth == path.length) {
            grow();
        }
        ElementFacts f = facts.read(e);
        boolean above = depth > 0;
        path[depth] = e;
        candidate[depth] = -1;
        boolean plain = !f.hasAttributes() || f.onlyHref();
        int answers = plain || f.answeredByTag() ? plainAnswers(f) : f.onlyRole() ? roleAnswers(f) : answers(f);
        boolean hidesItself = (answers & HIDES_ITSELF) != 0;
        open[depth] = nodes.add(e, answers & ROW_FACTS, above ? open[depth - 1] : -1);
        boolean act = (answers & ACTIVATABLE) != 0;
        activatable[depth] = act;
        hidden[depth] = (above && hidden[depth - 1]) || hidesItself;
        overlay[depth] = (answers & OVERLAY) != 0;
        region[depth] = (above && region[depth - 1]) || (answers & (OVERLAY | PERIPHERAL)) != 0;
        if (plain || f.onlyRole()) {
            // No label, data-view-name or class to read.
            return;
        }
        String label = f.ariaLabel();
        if (!label.isEmpty() && act && LocalizedWords.namesInvitee(label)) {
            addWithdraw(depth, label);
        }
        if (PlainText.indexOfIgnoreCase(f.dataViewName(), "withdraw", Integer.MAX_VALUE) >= 0) {
            addWithdraw(depth, null);
        }
        if (PlainText.indexOfIgnoreCase(f.cls(), "pagination", Integer.MAX_VALUE) >= 0
                || (!label.isEmpty() && (f.tag().equals("nav") || "navigation".equals(f.role()))
                    && LocalizedWords.isPaginationLabel(PlainText.forMatching(label)))) {
            paginationBlocks.add(e);
        }
    }

    private static int plainAnswers(ElementFacts f) {
        int known = PLAIN_ANSWERS[f.flags()];
        if (known == 0) {
            known = answers(f) | KNOWN;
            PLAIN_ANSWERS[f.flags()] = known;
        }
        return known;
    }

    /**
     * {@link #answers} of an element whose one attribute is its role, remembered for the last tag and
     * role: every row's list item is one, one after the other.
     */
    private int roleAnswers(ElementFacts f) {
        if (f.flags() != lastRoleFlags || !f.role().equals(lastRole)) {
            lastRoleFlags = f.flags();
            lastRole = f.role();
            lastRoleAnswers = answers(f);
        }
        return lastRoleAnswers;
    }

    static int answers(ElementFacts f) {
        boolean hidesItself = Visibility.hidesItself(f);
        int answers = rowFacts(f, hidesItself);
        if (hidesItself) {
            answers |= HIDES_ITSELF;
        }
        if (Markup.isActivatable(f)) {
            answers |= ACTIVATABLE;
        }
        if (Markup.isOverlay(f)) {
            answers |= OVERLAY;
        }
        if (Markup.isPeripheral(f)) {
            answers |= PERIPHERAL;
        }
        return answers;
    }

    /** What {@link RowTextReader} and {@link RowLocator} ask of an element, read now so they need not. */
    private static int rowFacts(ElementFacts f, boolean hidesItself) {
        int facts = 0;
        if (hidesItself || Visibility.isScreenReaderOnly(f)) {
            facts |= PageNodes.UNREAD;
        }
        if (Markup.isButtonLike(f)) {
            facts |= PageNodes.BUTTON_LIKE;
        }
        if (RowText.isNote(f)) {
            facts |= PageNodes.NOTE;
        }
        if (f.is(Markup.ANCHOR)) {
            facts |= PageNodes.ANCHOR;
        }
        if (!f.is(Markup.INLINE) || f.is(Markup.TIME)) {
            facts |= PageNodes.BREAKS_LINE;
        }
        if (f.is(Markup.SPAN)) {
            facts |= PageNodes.SPAN;
        }
        if (Markup.isLandmark(f)) {
            facts |= PageNodes.LANDMARK;
        }
        if (Markup.isListItem(f)) {
            facts |= PageNodes.LIST_ITEM;
        }
        if (Markup.isListContainer(f)) {
            facts |= PageNodes.LIST;
        }
        return facts;
    }

    private void text(TextNode t, int depth) {
        boolean blank = t.isBlank();
        String raw = t.getWholeText();
        int parent = open[depth - 1];
        nodes.add(raw, blank ? PageNodes.TEXT | PageNodes.BLANK : PageNodes.TEXT, parent);
        if (!blank) {
            nodes.facts[parent] |= PageNodes.HAS_OWN_TEXT;
        }
        if (raw.length() > MAX_CAPTION || blank) {
            return;
        }
        // Captions live in buttons and links; only those (and "(N)" counts) are worth reading.
        int control = activatableAncestor(depth);
        if (control >= 0) {
            // A control already known to withdraw (by its label) only asks whether its caption is "Load more".
            boolean withdrawToo = candidate[control] < 0;
            CharSequence words = LocalizedWords.captionForm(raw, scratch, withdrawToo);
            if (words != null) {
                if (withdrawToo && LocalizedWords.isWithdrawText(words)) {
                    addWithdraw(control, null);
                    return;
                }
                if (LocalizedWords.isLoadMore(words)) {
                    loadMoreButtons.add(path[control]);
                    return;
                }
            }
        }
        if (raw.indexOf('(') >= 0) {
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
    private void addWithdraw(int depth, String withdrawLabel) {
        if (candidate[depth] >= 0) {
            return;
        }
        boolean excluded = overlay[depth] || (depth > 0 && region[depth - 1]);
        candidate[depth] = withdrawCandidates.size();
        withdrawCandidates.add(new Candidate(open[depth], withdrawLabel, hidden[depth], excluded, outers(depth)));
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
        open = Arrays.copyOf(open, n);
        nextChild = Arrays.copyOf(nextChild, n);
        activatable = Arrays.copyOf(activatable, n);
        hidden = Arrays.copyOf(hidden, n);
        overlay = Arrays.copyOf(overlay, n);
        region = Arrays.copyOf(region, n);
        candidate = Arrays.copyOf(candidate, n);
    }
}
