package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.List;
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
    /** The first /in/ link in the row, even one without text (a link around the photo). */
    Element firstProfileLink;
    String firstProfileSlug;

    private RowText() {}

    static RowText of(Element row, Set<Element> controls) {
        RowText text = new RowText();
        NodeTraversor.filter(text.new Reader(row, controls), row);
        text.findAgeLine();
        return text;
    }

    boolean hasAgeLine() {
        return ageIndex >= 0;
    }

    /** A line that reads exactly as an age wins; failing that, an age-shaped line we cannot read. */
    private void findAgeLine() {
        for (int i = 0; i < lines.size(); i++) {
            AgeDays parsed = AgeLineParser.parse(lines.get(i).text());
            if (parsed != null) {
                ageIndex = i;
                age = parsed;
                return;
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

    private static boolean isNote(Element e) {
        String testId = e.attr("data-testid");
        return testId.equals("expandable-text-box") || testId.contains("custom-message")
                || e.className().contains("custom-message") || e.normalName().equals("blockquote");
    }

    private final class Reader implements NodeFilter {
        private final Element row;
        private final Set<Element> controls;
        private final StringBuilder buf = new StringBuilder();
        private Element currentLink;
        private Element currentNote;
        private final java.util.Map<Element, Boolean> ownText = new java.util.IdentityHashMap<>();

        Reader(Element row, Set<Element> controls) {
            this.row = row;
            this.controls = controls;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (currentNote != null) {
                    hasNote |= !t.isBlank();
                } else {
                    buf.append(t.getWholeText());
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
            if (controls.contains(e) || Markup.isButtonLike(e)) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            if (currentNote == null && isNote(e)) {
                flush();
                currentNote = e;
                return FilterResult.CONTINUE;
            }
            if (currentLink == null && e.normalName().equals("a")) {
                String slug = InvitationKeys.slugFromHref(e.attr("href"));
                if (slug != null) {
                    flush();
                    currentLink = e;
                    if (firstProfileLink == null) {
                        firstProfileLink = e;
                        firstProfileSlug = slug;
                    }
                    return FilterResult.CONTINUE;
                }
            }
            if (breaksLine(e)) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        /**
         * Blocks break lines, and so do a {@code <time>} and spans laid side by side in a parent with
         * no text of its own ({@code <a><span>Name</span><span>Headline</span></a>}): without the
         * style sheet that made them blocks, this is how the card's lines show in the markup.
         */
        private boolean breaksLine(Element e) {
            if (!Markup.isInline(e) || e.normalName().equals("time")) {
                return true;
            }
            return e.normalName().equals("span") && e.parent() != null && !hasOwnText(e.parent());
        }

        private boolean hasOwnText(Element e) {
            return ownText.computeIfAbsent(e, k -> {
                for (Node child : k.childNodes()) {
                    if (child instanceof TextNode t && !t.isBlank()) {
                        return true;
                    }
                }
                return false;
            });
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e == currentNote) {
                    currentNote = null;
                } else if (e == currentLink) {
                    flush();
                    currentLink = null;
                } else if (e == row || breaksLine(e)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
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
