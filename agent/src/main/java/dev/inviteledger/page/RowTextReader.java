package dev.inviteledger.page;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Reads {@link RowText}s of one page: block boundaries, links and skipped parts end a line. Works on
 * the {@link PageNodes} the page scan filled in, so a row's text is read without asking jsoup's tree
 * anything but an anchor's {@code href}. One reader serves every row (its buffers are reused, and what rows share —
 * age wordings, the href of a row's photo and name links — is worked out once). Not thread-safe.
 */
final class RowTextReader {
    private static final byte NOTHING = 0;
    private static final byte BREAKS_LINE = 1;
    private static final byte ENDS_NOTE = 2;
    private static final byte ENDS_LINK = 3;

    private final PageNodes nodes;
    /** Ages of lines inside a profile link (asked only when no line outside one reads as an age). */
    private final AgeLineMemo ages = new AgeLineMemo();
    /**
     * Lines outside a profile link, by their raw text, as read before: the same age wordings and headlines
     * repeat on hundreds of rows, and one look-up here stands for cleaning the line, testing it for content and
     * looking its age up (each a pass over the text).
     */
    private final Map<String, KnownLine> outsideLink = new HashMap<>();
    /** The current line when it is one text node's string: most lines are, and need no copy. */
    private String onlyText;
    private final StringBuilder buf = new StringBuilder(64);
    /** The open elements read into: where each ends, and what its end must do. */
    private int[] openEnd = new int[32];
    private byte[] openKind = new byte[32];
    private int open;

    /** Every row is read into this one: its reader takes what it needs before the next row is read. */
    private final RowText text = new RowText();
    /** Inside the row's /in/ link. */
    private boolean inLink;
    private boolean inNote;

    /** A row's photo link and name link share one href, one after the other. */
    private String lastHref;
    private String lastSlug;
    /** {@link InvitationKeys#canonicalProfileHref} of the last href, or null. */
    private String lastUrl;

    RowTextReader(PageNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * The text of the element at {@code row}, skipping {@code control}: {@link RowLocator} reads only
     * elements holding no other control, so it is the one control to skip. The answer is this reader's one
     * {@link RowText}, valid until the next call.
     */
    RowText read(int row, int control) {
        text.clear();
        inLink = false;
        inNote = false;
        open = 0;
        onlyText = null;
        buf.setLength(0);
        int[] facts = nodes.facts;
        int[] end = nodes.end;
        int stop = end[row];
        int i = row + 1;
        while (i < stop) {
            while (open > 0 && openEnd[open - 1] <= i) {
                exit(openKind[--open]);
            }
            int f = facts[i];
            if ((f & PageNodes.TEXT) != 0) {
                text(i, (f & PageNodes.BLANK) != 0);
                i++;
            } else if ((f & PageNodes.UNREAD) != 0) {
                // Invisible parts do not break the line they sit in; they are simply not read.
                i = end[i];
            } else if ((f & PageNodes.BUTTON_LIKE) != 0 || i == control) {
                flush();
                i = end[i];
            } else {
                push(end[i], enter(i, f));
                i++;
            }
        }
        while (open > 0) {
            exit(openKind[--open]);
        }
        flush();
        text.findAgeLine(ages);
        return text;
    }

    /** What the last {@link #read} answered (until the next). */
    RowText lastRead() {
        return text;
    }

    private void text(int i, boolean blank) {
        if (inNote) {
            text.hasNote |= !blank;
        } else if (!blank) {
            append((String) nodes.node[i]);
        } else if (onlyText != null || buf.length() > 0) {
            // Indentation between tags: one space keeps words apart without slow normalising.
            append(" ");
        }
    }

    /** What the end of the element at {@code i}, which is read into, must do. */
    private byte enter(int i, int f) {
        if (!inNote && (f & PageNodes.NOTE) != 0) {
            flush();
            inNote = true;
            return ENDS_NOTE;
        }
        if (!inLink && (f & PageNodes.ANCHOR) != 0) {
            String slug = slug(Markup.attr((Element) nodes.node[i], "href"));
            if (!slug.isEmpty()) {
                flush();
                inLink = true;
                if (text.firstProfileSlug == null) {
                    text.firstProfileSlug = slug;
                    text.firstProfileUrl = lastUrl;
                }
                return ENDS_LINK;
            }
        }
        // Blocks break lines, and so do a <time> and spans laid side by side in a parent with no text of its
        // own (<a><span>Name</span><span>Headline</span></a>): without the style sheet that made them blocks,
        // this is how the card's lines show in the markup.
        if ((f & PageNodes.BREAKS_LINE) != 0
                || ((f & PageNodes.SPAN) != 0 && !nodes.is(nodes.parent[i], PageNodes.HAS_OWN_TEXT))) {
            flush();
            return BREAKS_LINE;
        }
        return NOTHING;
    }

    private void exit(byte kind) {
        if (kind == ENDS_NOTE) {
            inNote = false;
        } else if (kind == ENDS_LINK) {
            flush();
            inLink = false;
        } else if (kind == BREAKS_LINE) {
            flush();
        }
    }

    /** The slug of a profile href, or "" when the href is not one. */
    private String slug(String href) {
        if (!href.equals(lastHref)) {
            // The form LinkedIn writes first: read once, it also tells whether the href is the canonical URL.
            String canonical = InvitationKeys.canonicalSlug(href);
            String slug = canonical != null ? canonical : InvitationKeys.generalSlug(href);
            lastHref = href;
            lastSlug = slug == null ? "" : slug;
            lastUrl = canonical != null ? InvitationKeys.canonicalProfileHref(href, canonical) : null;
        }
        return lastSlug;
    }

    private void push(int end, byte kind) {
        if (open == openEnd.length) {
            openEnd = Arrays.copyOf(openEnd, open * 2);
            openKind = Arrays.copyOf(openKind, open * 2);
        }
        openEnd[open] = end;
        openKind[open++] = kind;
    }

    private void append(String s) {
        if (onlyText == null && buf.length() == 0) {
            onlyText = s;
            return;
        }
        if (onlyText != null) {
            buf.append(onlyText);
            onlyText = null;
        }
        buf.append(s);
    }

    /**
     * What a raw line outside a profile link reads as.
     *
     * @param line {@link PlainText#clean} of it, or null when it shows no content (it is not a line)
     * @param age  {@link AgeLineParser#parse} of the clean line
     */
    private record KnownLine(String line, AgeDays age) {}

    private static final KnownLine NO_LINE = new KnownLine(null, null);

    private void flush() {
        // Concrete types: a CharSequence would cost an interface dispatch per call, and most calls find nothing.
        String raw;
        if (onlyText != null) {
            raw = onlyText; // never empty: a blank text is read as " " only after some text
            onlyText = null;
        } else if (buf.length() == 0) {
            return;
        } else {
            raw = buf.toString();
            buf.setLength(0);
        }
        if (inLink) {
            String line = PlainText.clean(raw);
            if (!line.isEmpty() && PlainText.hasContent(line)) {
                text.add(line, true, null);
            }
            return;
        }
        KnownLine known = outsideLink.get(raw);
        if (known == null) {
            String line = PlainText.clean(raw);
            known = !line.isEmpty() && PlainText.hasContent(line) ? new KnownLine(line, AgeLineParser.parse(line)) : NO_LINE;
            outsideLink.put(raw, known);
        }
        if (known != NO_LINE) {
            text.add(known.line(), false, known.age());
        }
    }
}
