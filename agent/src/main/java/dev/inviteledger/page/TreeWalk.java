package dev.inviteledger.page;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Depth-first walk over an element's descendants, stepping through each parent's children by
 * index. jsoup's {@code NodeTraversor} steps by {@code nextSibling()}, which first renumbers the
 * parent's children after a parse (the numbers are kept lazily), touching every node of the page a
 * second time; this walk needs no numbers. Iterative: hostile pages nest deeply. Its stack is
 * reused from walk to walk, as one walk per row would otherwise allocate one per row.
 */
final class TreeWalk {
    /** What the walk tells its visitor. */
    interface Visitor {
        /** An element at {@code depth}; false skips its subtree (and its {@link #exit}). */
        boolean enter(Element e, int depth);

        /** A text node (CDATA included) at {@code depth}. */
        void text(TextNode t, int depth);

        /** The end of an element {@link #enter} accepted. */
        void exit(Element e, int depth);
    }

    private Element[] parents = new Element[32];
    private int[] nextChild = new int[32];

    /** Visits the descendants of {@code root} (at depth {@code rootDepth}), not {@code root} itself. */
    void descendants(Element root, int rootDepth, Visitor visitor) {
        int top = 0;
        parents[0] = root;
        nextChild[0] = 0;
        while (top >= 0) {
            Element parent = parents[top];
            int i = nextChild[top];
            if (i < parent.childNodeSize()) {
                nextChild[top] = i + 1;
                Node child = parent.childNode(i);
                int depth = rootDepth + top + 1;
                if (child instanceof Element e) {
                    if (visitor.enter(e, depth)) {
                        if (++top == parents.length) {
                            parents = Arrays.copyOf(parents, top * 2);
                            nextChild = Arrays.copyOf(nextChild, top * 2);
                        }
                        parents[top] = e;
                        nextChild[top] = 0;
                    }
                } else if (child instanceof TextNode t) {
                    visitor.text(t, depth);
                }
            } else {
                if (top > 0) {
                    visitor.exit(parent, rootDepth + top);
                }
                parents[top--] = null;
            }
        }
    }
}
