package dev.inviteledger.page;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The page's elements and text nodes in document order, each with what the row walks ask of it,
 * filled in by {@link PageScan}'s one walk over the document. A subtree is the contiguous range
 * {@code [i, end[i])}, so reading a row's text or walking up from a control needs no further look at
 * jsoup's tree (its attributes are read once, by the scan; only an anchor's {@code href} is asked again) and no
 * identity map: an index names a node.
 * Index 0 is the document.
 */
final class PageNodes {
    /* Facts, as bits of facts[i]. */
    static final int TEXT = 1;
    /** A text node of only whitespace. */
    static final int BLANK = 1 << 1;
    /** An element with a non-blank text node among its children. */
    static final int HAS_OWN_TEXT = 1 << 2;
    /** Not read as row text: hidden ({@link Visibility#hidesItself}) or screen-reader-only. */
    static final int UNREAD = 1 << 3;
    /** {@link Markup#isButtonLike}: its text is a command. */
    static final int BUTTON_LIKE = 1 << 4;
    /** {@link RowText#isNote}: the personal note. */
    static final int NOTE = 1 << 5;
    /** An {@code <a>}, which may be the row's profile link. */
    static final int ANCHOR = 1 << 6;
    /** Always ends a line: a block, or a {@code <time>}. */
    static final int BREAKS_LINE = 1 << 7;
    /** A {@code <span>}: ends a line when its parent has no text of its own. */
    static final int SPAN = 1 << 8;
    /** {@link Markup#isLandmark}: a row never extends beyond it. */
    static final int LANDMARK = 1 << 9;
    static final int LIST_ITEM = 1 << 10;
    static final int LIST = 1 << 11;

    /**
     * A table a finished parse gave back ({@link #release}), for the next parse to fill: at 1,500 rows the
     * arrays are a third of a megabyte, a tenth of what a capture allocates. One only: parses that overlap
     * make their own.
     */
    private static final AtomicReference<PageNodes> SPARE = new AtomicReference<>();
    /**
     * A bigger table (over 2 MB, a page of several thousand rows) is not kept between parses; a parse also sizes
     * its first table no larger, so a big body of few nodes does not reserve megabytes.
     */
    static final int MAX_KEPT = 1 << 17;

    /** The element, or a text node's text (what the row reader reads of it: one indirection less). */
    Object[] node;
    int[] facts;
    /** Index of the parent element; -1 for the document. */
    int[] parent;
    /** One past the subtree's last node. */
    int[] end;
    int size;

    PageNodes(int capacity) {
        node = new Object[capacity];
        facts = new int[capacity];
        parent = new int[capacity];
        end = new int[capacity];
    }

    /** An empty table for about {@code capacity} nodes: the spare when it is big enough, else a new one. */
    static PageNodes borrow(int capacity) {
        PageNodes spare = SPARE.getAndSet(null);
        if (spare == null || spare.node.length >= capacity) {
            return spare != null ? spare : new PageNodes(capacity);
        }
        SPARE.compareAndSet(null, spare); // too small for this page: left for the next one
        return new PageNodes(capacity);
    }

    /**
     * Gives the table back for the next {@link #borrow}; nothing may read it afterwards. Forgets the page's nodes
     * first, so the spare keeps no document alive. (The int arrays need no clearing: only indexes below
     * {@link #size} are ever read, and {@link #add} writes each.)
     */
    void release() {
        if (node.length > MAX_KEPT) {
            return;
        }
        Arrays.fill(node, 0, size, null);
        size = 0;
        SPARE.set(this);
    }

    /** Appends a node (its subtree ends right after it until {@link #close} says otherwise). */
    int add(Object n, int nodeFacts, int parentIndex) {
        if (size == node.length) {
            int capacity = size * 2;
            node = Arrays.copyOf(node, capacity);
            facts = Arrays.copyOf(facts, capacity);
            parent = Arrays.copyOf(parent, capacity);
            end = Arrays.copyOf(end, capacity);
        }
        int i = size++;
        node[i] = n;
        facts[i] = nodeFacts;
        parent[i] = parentIndex;
        end[i] = i + 1;
        return i;
    }

    /** The element at {@code i} has no more descendants. */
    void close(int i) {
        end[i] = size;
    }

    boolean is(int i, int fact) {
        return (facts[i] & fact) != 0;
    }
}
