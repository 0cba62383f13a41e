package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text lines of one candidate row, read the way a person reads the card: block
 * boundaries, links and skipped parts (buttons, hidden or screen-reader-only text, the personal
 * note) end a line. Finds the age line and whether a note is shown.
 */
final class RowText {
    /**
     * One visual line.
     *
     * @param profileLink the /in/ link the line is inside, or null
     */
    record Line(String text, Element profileLink) {}

    final List<Line> lines = new ArrayList<>();
    /** Index into {@link #lines} of the age line, or -1. */
    int ageIndex = -1;
    /** The parsed age, or null when there is no age line or its wording is unknown. */
    AgeDays age;
    boolean hasNote;
    /** Slug of the first /in/ link in the row, even one without text (a link around the photo). */
    String firstProfileSlug;

    private RowText() {}

    /**
     * @param slugs memo of href → slug ("" for not a profile link) shared by all rows of a page: the
     *              photo link and the name link of a row share one href
     */
    static RowText of(Element row, Set<Element> controls, Map<String, String> slugs) {
        RowText text = new RowText();
        NodeTraversor.filter(text.new Reader(row, controls, slugs), row);
        text.findAgeLine();
        return text;
    }

    boolean hasAgeLine() {
        return ageIndex >= 0;
    }

    /**
     * A line that reads exactly as an age wins (lines outside the profile link first: the name is
     * never the age); failing that, an age-shaped line we cannot read.
     */
    private void findAgeLine() {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if ((line.profileLink() == null) == (pass == 0)) {
                    AgeDays parsed = AgeLineParser.parse(line.text());
                    if (parsed != null) {
                        ageIndex = i;
                        age = parsed;
                        return;
                    }
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.profileLink() == null && AgeLineParser.looksLikeAgeLine(line.text())) {
                ageIndex = i;
                return;
            }
        }
    }

    static boolean isNote(Element e) {
        if (e.normalName().equals("blockquote")) {
            return true;
        }
        String testId = Markup.attr(e, "data-testid");
        return testId.equals("expandable-text-box") || testId.contains("custom-message")
                || Markup.attr(e, "class").contains("custom-message");
    }

    private static final int SMALL_PARENT = 16;
    private static final byte NOTHING = 0;
    private static final byte BREAKS_LINE = 1;
    private static final byte ENDS_NOTE = 2;
    private static final byte ENDS_LINK = 3;

    private final class Reader implements NodeFilter {
        private final Element row;
        private final Set<Element> controls;
        private final StringBuilder buf = new StringBuilder();
        private Element currentLink;
        private Element currentNote;
        private final Map<String, String> slugs;
        /** What each open element's tail must do, decided once in head (a stack: the walk is depth-first). */
        private byte[] pending = new byte[32];
        private int open;
        private Map<Element, Boolean> bigParents;
        /** Siblings share a parent: remember the last answer so a row of spans is not rescanned. */
        private Element lastParent;
        private boolean lastParentHasText;

        Reader(Element row, Set<Element> controls, Map<String, String> slugs) {
            this.row = row;
            this.controls = controls;
            this.slugs = slugs;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                boolean blank = t.isBlank();
                if (currentNote != null) {
                    hasNote |= !blank;
                } else if (!blank) {
                    buf.append(t.getWholeText());
                } else if (buf.length() > 0) {
                    // Indentation between tags: one space keeps words apart without slow normalising.
                    buf.append(' ');
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || node == row) {
                return FilterResult.CONTINUE;
            }
            // Invisible parts do not break the line they sit in; they are simply not read.
            if (Visibility.hidesItself(e) || Visibility.isScreenReaderOnly(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (Markup.isButtonLike(e) || (mayBeControl(e) && controls.contains(e))) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            if (currentNote == null && isNote(e)) {
                flush();
                currentNote = e;
                return enter(ENDS_NOTE);
            }
            if (currentLink == null && e.normalName().equals("a")) {
                String slug = slugs.computeIfAbsent(Markup.attr(e, "href"), href -> {
                    String found = InvitationKeys.slugFromHref(href);
                    return found == null ? "" : found;
                });
                if (!slug.isEmpty()) {
                    flush();
                    currentLink = e;
                    if (firstProfileSlug == null) {
                        firstProfileSlug = slug;
                    }
                    return enter(ENDS_LINK);
                }
            }
            if (breaksLine(e)) {
                flush();
                return enter(BREAKS_LINE);
            }
            return enter(NOTHING);
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == row) {
                flush();
            } else if (node instanceof Element) {
                // Every element whose head answered CONTINUE gets exactly one tail: pop what head decided.
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
            return FilterResult.CONTINUE;
        }

        /** Withdraw controls are links, buttons or data-view-name wrappers: skip the set lookup for the rest. */
        private boolean mayBeControl(Element e) {
            return e.normalName().equals("a") || PageScan.isActivatable(e) || Markup.hasAttr(e, "data-view-name");
        }

        private FilterResult enter(byte kind) {
            if (open == pending.length) {
                pending = Arrays.copyOf(pending, open * 2);
            }
            pending[open++] = kind;
            return FilterResult.CONTINUE;
        }

        /**
         * Blocks break lines, and so do a {@code <time>} and spans laid side by side in a parent with
         * no text of its own ({@code <a><span>Name</span><span>Headline</span></a>}): without the
         * style sheet that made them blocks, this is how the card's lines show in the markup.
         */
        private boolean breaksLine(Element e) {
            String tag = e.normalName();
            if (!Markup.isInline(e) || tag.equals("time")) {
                return true;
            }
            return tag.equals("span") && e.parent() != null && !hasOwnText(e.parent());
        }

        private boolean hasOwnText(Element e) {
            if (e == lastParent) {
                return lastParentHasText;
            }
            Boolean known = bigParents == null ? null : bigParents.get(e);
            boolean found = known != null && known;
            if (known == null) {
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t && !t.isBlank()) {
                        found = true;
                        break;
                    }
                }
                if (e.childNodeSize() > SMALL_PARENT) {
                    // Remember wide parents for good: rescanning them per child would be quadratic.
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
            String text = PlainText.clean(buf);
            buf.setLength(0);
            if (!text.isEmpty() && PlainText.hasContent(text)) {
                lines.add(new Line(text, currentLink));
            }
        }
    }
}
