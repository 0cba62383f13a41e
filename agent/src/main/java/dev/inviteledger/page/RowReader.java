package dev.inviteledger.page;

import java.util.List;
import java.util.Locale;

/**
 * Turns a located row into a {@link ParsedRow}: identity from the /in/ link (else the name in the
 * withdraw label, else the first line), the headline as the line under the name, the age line and
 * the note flag. Problems become warnings, never guesses.
 */
final class RowReader {
    /** Longest wording quoted back in a warning. */
    private static final int MAX_QUOTED = 60;

    /** A row and the warnings it raised (kept apart so a dropped duplicate raises none). */
    record Read(ParsedRow row, List<String> warnings) {}

    private RowReader() {}

    /**
     * Null when the row names nobody (no link, no label, no text): it cannot be keyed. Keeps nothing of
     * {@code text}'s holder (only its strings), which the reader reuses for the next row.
     */
    static Read read(WithdrawControls.Control control, RowText text) {
        List<String> warnings = List.of();

        int nameIndex = -1;
        String name = null;
        // A line is already clean (RowTextReader cleans each), and cleaning is idempotent.
        boolean clean = true;
        for (int i = 0; i < text.lineCount(); i++) {
            if (text.inProfileLink(i) && i != text.ageIndex) {
                nameIndex = i;
                name = text.line(i);
                break;
            }
        }
        String fromLabel = name == null ? control.labelName() : null; // cut from the label on each call
        if (fromLabel != null) {
            name = fromLabel;
            nameIndex = indexOfText(text, name, text.ageIndex);
            clean = false;
        }
        if (name == null) {
            nameIndex = firstIndexExcept(text, text.ageIndex, -1);
            name = nameIndex >= 0 ? text.line(nameIndex) : text.firstProfileSlug;
            clean = nameIndex >= 0;
        }
        if (name == null) {
            return null;
        }
        if (!clean) {
            name = PlainText.clean(name);
        }

        String slug = text.firstProfileSlug;
        // concat, not +: under C1 a string concatenation goes through a method handle, once per row.
        String key = slug != null ? InvitationKeys.PROFILE_PREFIX.concat(slug) : InvitationKeys.keyForName(name);
        if (key == null) {
            return null;
        }
        String profileUrl = slug == null ? null
                : text.firstProfileUrl != null ? text.firstProfileUrl : InvitationKeys.canonicalProfileUrl(slug);

        String headline = headline(text, nameIndex, text.ageIndex, name);

        String sentText = null;
        if (text.hasAgeLine()) {
            sentText = text.line(text.ageIndex);
            if (text.age == null) {
                warnings = List.of("Unrecognised age wording \"" + quote(sentText) + "\": age left unknown.");
            }
        } else {
            warnings = List.of("No age line found for \"" + quote(name) + "\": age left unknown.");
        }
        return new Read(new ParsedRow(key, profileUrl, name, headline, sentText, text.age, text.hasNote), warnings);
    }

    /** The first line after the name that is neither the age line nor the name again. */
    private static String headline(RowText lines, int nameIndex, int ageIndex, String name) {
        for (int i = nameIndex + 1; i < lines.lineCount(); i++) {
            String candidate = lines.line(i);
            if (i != ageIndex && !sameLowerCase(candidate, name)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code a.toLowerCase(ROOT).equals(b.toLowerCase(ROOT))}, without lower-casing copies for ASCII text. */
    private static boolean sameLowerCase(String a, String b) {
        // Lower-casing keeps the length of every character but İ (U+0130), which becomes two.
        if (a.length() != b.length() && a.indexOf('\u0130') < 0 && b.indexOf('\u0130') < 0) {
            return false;
        }
        if (isAscii(a) && isAscii(b)) {
            return a.equalsIgnoreCase(b);
        }
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfText(RowText lines, String wanted, int except) {
        String w = PlainText.foldApostrophes(PlainText.normalize(wanted)).toLowerCase(Locale.ROOT);
        for (int i = 0; i < lines.lineCount(); i++) {
            if (i != except && PlainText.foldApostrophes(lines.line(i)).toLowerCase(Locale.ROOT).equals(w)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstIndexExcept(RowText lines, int except, int start) {
        for (int i = start + 1; i < lines.lineCount(); i++) {
            if (i != except) {
                return i;
            }
        }
        return -1;
    }

    private static String quote(String s) {
        return PlainText.cap(s, MAX_QUOTED);
    }
}
