package dev.inviteledger.page;

import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * The visible text lines of one candidate row, read the way a person reads the card: block
 * boundaries, links and skipped parts (buttons, hidden or screen-reader-only text, the personal
 * note) end a line ({@link RowTextReader}). Finds the age line and whether a note is shown.
 */
final class RowText {
    /** The lines, in reading order; only the first {@link #size} are this row's. */
    private String[] lines = new String[8];
    /** Whether each line sits inside the row's /in/ link. */
    private boolean[] inLink = new boolean[8];
    /** The age each line outside the link reads as, or null (known when it is read: {@link RowTextReader}). */
    private AgeDays[] ageOf = new AgeDays[8];
    private int size;
    /** Index of the age line, or -1. */
    int ageIndex = -1;
    /** The parsed age, or null when there is no age line or its wording is unknown. */
    AgeDays age;
    boolean hasNote;
    /** Slug of the first /in/ link in the row, even one without text (a link around the photo). */
    String firstProfileSlug;
    /** The canonical profile URL of {@link #firstProfileSlug} when its href already is that URL, else null. */
    String firstProfileUrl;

    /**
     * Empty. {@link RowTextReader} reuses one instance for every row of a page (a row is read into
     * objects as soon as its text is known), so no row pays for its own text holder and line objects.
     */
    RowText() {}

    /** Forgets the previous row. */
    void clear() {
        Arrays.fill(lines, 0, size, null);
        Arrays.fill(ageOf, 0, size, null);
        size = 0;
        ageIndex = -1;
        age = null;
        hasNote = false;
        firstProfileSlug = null;
        firstProfileUrl = null;
    }

    /**
     * Appends one visual line; {@code inProfileLink} when it sits inside the /in/ link, else {@code age} is
     * {@link AgeLineParser#parse} of it.
     */
    void add(String line, boolean inProfileLink, AgeDays age) {
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
            inLink = Arrays.copyOf(inLink, size * 2);
            ageOf = Arrays.copyOf(ageOf, size * 2);
        }
        lines[size] = line;
        ageOf[size] = age;
        inLink[size++] = inProfileLink;
    }

    int lineCount() {
        return size;
    }

    String line(int i) {
        return lines[i];
    }

    /** The line at {@code i} sits inside the row's /in/ link. */
    boolean inProfileLink(int i) {
        return inLink[i];
    }

    boolean hasAgeLine() {
        return ageIndex >= 0;
    }

    /**
     * A line that reads exactly as an age wins (lines outside the profile link first: the name is
     * never the age); failing that, an age-shaped line we cannot read.
     */
    void findAgeLine(AgeLineMemo ages) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < size; i++) {
                if (!inLink[i] == (pass == 0)) {
                    AgeDays parsed = pass == 0 ? ageOf[i] : ages.parse(lines[i]);
                    if (parsed != null) {
                        ageIndex = i;
                        age = parsed;
                        return;
                    }
                }
            }
        }
        for (int i = 0; i < size; i++) {
            if (!inLink[i] && AgeLineParser.looksLikeAgeLine(lines[i])) {
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
