package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The visible text lines of one candidate row, read the way a person reads the card: block
 * boundaries, links and skipped parts (buttons, hidden or screen-reader-only text, the personal
 * note) end a line ({@link RowTextReader}). Finds the age line and whether a note is shown.
 */
final class RowText {
    /**
     * One visual line.
     *
     * @param profileLink the /in/ link the line is inside, or null
     */
    record Line(String text, Element profileLink) {}

    final List<Line> lines = new ArrayList<>(4);
    /** Index into {@link #lines} of the age line, or -1. */
    int ageIndex = -1;
    /** The parsed age, or null when there is no age line or its wording is unknown. */
    AgeDays age;
    boolean hasNote;
    /** Slug of the first /in/ link in the row, even one without text (a link around the photo). */
    String firstProfileSlug;
    /** The canonical profile URL of {@link #firstProfileSlug} when its href already is that URL, else null. */
    String firstProfileUrl;

    RowText() {}

    boolean hasAgeLine() {
        return ageIndex >= 0;
    }

    /**
     * A line that reads exactly as an age wins (lines outside the profile link first: the name is
     * never the age); failing that, an age-shaped line we cannot read.
     */
    void findAgeLine(AgeLineMemo ages) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if ((line.profileLink() == null) == (pass == 0)) {
                    AgeDays parsed = ages.parse(line.text());
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
        return isNote(ElementFacts.of(e));
    }

    static boolean isNote(ElementFacts e) {
        if (e.is(Markup.BLOCKQUOTE)) { // by flag: the tag-answer memo is keyed by flags (PageScan)
            return true;
        }
        if (!e.hasAttributes()) {
            return false;
        }
        String testId = e.dataTestId();
        return testId.equals("expandable-text-box") || testId.contains("custom-message")
                || e.cls().contains("custom-message");
    }
}
