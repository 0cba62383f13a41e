package dev.inviteledger.page;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Reads {@link RowText}s of one page: block boundaries, links and skipped parts end a line. One
 * reader serves every row (its buffers are reused, and what rows share — age wordings, the href of a
 * row's photo and name links — is worked out once). Not thread-safe: one per parse.
 */
final class RowTextReader implements TreeWalk.Visitor {
    private static final int SMALL_PARENT = 16;
    private static final byte NOTHING = 0;
    private static final byte BREAKS_LINE = 1;
    private static final byte ENDS_NOTE = 2;
    private static final byte ENDS_LINK = 3;

    /** The withdraw control of the row being read: never read as text. */
    private Element control;
    private final AgeLineMemo ages = new AgeLineMemo();
    private final ElementFacts facts = new ElementFacts();
    private final TreeWalk walk = new TreeWalk();
    private final StringBuilder buf = new StringBuilder(64);
    /** What each open element's exit must do, decided once on entry (a stack: the walk is depth-first). */
    private byte[] pending = new byte[32];
    private int open;

    private RowText text;
    private Element currentLink;
    private Element currentNote;

    /** A row's photo link and name link share one href, one after the other. */
    private String lastHref;
    private String lastSlug;

    /** Wide parents' "has text of its own", for good: rescanning them per child would be quadratic. */
    private Map<Element, Boolean> bigParents;
    /** Siblings share a parent: remember the last answer so a row of spans is not rescanned. */
    private Element lastParent;
    private boolean lastParentHasText;

    /**
     * @param control the withdraw control the row was found from. {@link RowLocator} reads only
     *                elements holding no other control, so it is the one control to skip, and no
     *                set of all controls is consulted (hashing every link of the page).
     */
    RowText read(Element row, Element control) {
        this.control = control;
        text = new RowText();
        currentLink = null;
        currentNote = null;
        open = 0;
        buf.setLength(0);
        walk.descendants(row, 0, this);
        flush();
        text.findAgeLine(ages);
        RowText read = text;
        text = null;
        return read;
    }

    @Override
    public void text(TextNode t, int depth) {
        boolean blank = t.isBlank();
        if (currentNote != null) {
            text.hasNote |= !blank;
        } else if (!blank) {
            buf.append(t.getWholeText());
        } else if (buf.length() > 0) {
            // Indentation between tags: one space keeps words apart without slow normalising.
            buf.append(' ');
        }
    }

    /** False when the element's subtree is not read: hidden, or a button or withdraw control. */
    @Override
    public boolean enter(Element e, int depth) {
        ElementFacts f = facts.read(e);
        // Invisible parts do not break the line they sit in; they are simply not read.
        if (Visibility.hidesItself(f) || Visibility.isScreenReaderOnly(f)) {
            return false;
        }
        if (Markup.isButtonLike(f) || e == control) {
            flush();
            return false;
        }
        if (currentNote == null && RowText.isNote(f)) {
            flush();
            currentNote = e;
            return push(ENDS_NOTE);
        }
        if (currentLink == null && f.tag().equals("a")) {
            String slug = slug(f.attr("href"));
            if (!slug.isEmpty()) {
                flush();
                currentLink = e;
                if (text.firstProfileSlug == null) {
                    text.firstProfileSlug = slug;
                }
                return push(ENDS_LINK);
            }
        }
        if (breaksLine(f)) {
            flush();
            return push(BREAKS_LINE);
        }
        return push(NOTHING);
    }

    /** Every element {@link #enter} read into ends here: pop what it decided. */
    @Override
    public void exit(Element e, int depth) {
        byte kind = pending[--open];
        if (kind == ENDS_NOTE) {
            currentNote = null;
        } else if (kind == ENDS_LINK) {
            flush();
            currentLink = null;
        } else if (kind == BREAKS_LINE) {
            flush();
        }
    }

    /** The slug of a profile href, or "" when the href is not one. */
    private String slug(String href) {
        if (!href.equals(lastHref)) {
            String slug = InvitationKeys.slugFromHref(href);
            lastHref = href;
            lastSlug = slug == null ? "" : slug;
        }
        return lastSlug;
    }

    private boolean push(byte kind) {
        if (open == pending.length) {
            pending = Arrays.copyOf(pending, open * 2);
        }
        pending[open++] = kind;
        return true;
    }

    /**
     * Blocks break lines, and so do a {@code <time>} and spans laid side by side in a parent with
     * no text of its own ({@code <a><span>Name</span><span>Headline</span></a>}): without the
     * style sheet that made them blocks, this is how the card's lines show in the markup.
     */
    private boolean breaksLine(ElementFacts f) {
        String tag = f.tag();
        if (!f.is(Markup.INLINE) || tag.equals("time")) {
            return true;
        }
        Element parent = f.element().parent();
        return tag.equals("span") && parent != null && !hasOwnText(parent);
    }

    private boolean hasOwnText(Element e) {
        if (e == lastParent) {
            return lastParentHasText;
        }
        Boolean known = bigParents == null ? null : bigParents.get(e);
        boolean found = known != null && known;
        if (known == null) {
            // By index: childNodes() wraps the list in a new view on every call.
            for (int i = 0, n = e.childNodeSize(); i < n && !found; i++) {
                found = e.childNode(i) instanceof TextNode t && !t.isBlank();
            }
            if (e.childNodeSize() > SMALL_PARENT) {
                if (bigParents == null) {
                    bigParents = new IdentityHashMap<>();
                }
                bigParents.put(e, found);
            }
        }
        lastParent = e;
        lastParentHasText = found;
        return found;
    }

    private void flush() {
        if (buf.length() == 0) {
            return;
        }
        String line = PlainText.clean(buf);
        buf.setLength(0);
        if (!line.isEmpty() && PlainText.hasContent(line)) {
            text.lines.add(new RowText.Line(line, currentLink));
        }
    }
}
