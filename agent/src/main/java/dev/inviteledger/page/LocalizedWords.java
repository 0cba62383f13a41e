package dev.inviteledger.page;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LinkedIn's UI wording in the five languages we read (en, fr, es, de, pt), other than age lines
 * (see {@link AgeLineParser}). Patterns run on {@link PlainText#forMatching} text (lower case, no
 * accents, apostrophes folded) unless they need the original spelling of a name.
 */
final class LocalizedWords {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * Withdraw-control labels; group "name" is the invitee. Run on whitespace-normalised text in its
     * original case, accents and apostrophes, because the name must come out as written.
     */
    private static final List<Pattern> WITHDRAW_LABELS = List.of(
            // en: "Withdraw invitation sent to NAME" (also matched without a regex, see below)
            Pattern.compile("invitation sent to (?<name>.+)$", FLAGS),
            // fr: "Retirer l’invitation envoyée à NAME" (envoyé/envoyée)
            Pattern.compile("invitation envoy[ée]e? (?:à|a) (?<name>.+)$", FLAGS),
            // es: "Retirar invitación enviada a NAME"
            Pattern.compile("invitaci[óo]n enviad[ao] a (?<name>.+)$", FLAGS),
            // pt: "Retirar convite enviado para NAME"
            Pattern.compile("convite enviado (?:para|a) (?<name>.+)$", FLAGS),
            // de: "Einladung an NAME zurückziehen"
            Pattern.compile("^einladung an (?<name>.+?) zur(?:ü|ue|u)ckziehen$", FLAGS));

    /** The English label's fixed part: most labels are matched by a plain search for it. */
    private static final String EN_LABEL = "invitation sent to ";

    /** A control whose whole visible text is "Withdraw". An array: C1 allocates an iterator per loop over a List. */
    private static final String[] WITHDRAW_TEXT = {"withdraw", "retirer", "retirar", "zuruckziehen"};

    /** "People (N)": N may carry thousands separators (1,234 · 1.234 · 1 234 · 1'234). */
    private static final Pattern PEOPLE_COUNT = Pattern.compile(
            "^(?:people|personnes|personas|personen|pessoas) ?\\( ?(\\d{1,3}(?:[ .,']\\d{3})+|\\d{1,9}) ?\\)$");

    /** A button that loads the rest of a lazy list. */
    private static final String[] LOAD_MORE = {
        "load more", "show more", "afficher plus", "voir plus", "charger plus", "mostrar mas", "ver mas",
        "cargar mas", "mehr anzeigen", "mehr laden", "ver mais", "mostrar mais", "carregar mais"};

    private static final Pattern NEXT_PAGE = Pattern.compile(
            "^(?:next|suivant|suivante|siguiente|weiter|nachste|nachste seite|proxima|proximo|avancar)\\b.*");
    private static final Pattern PREVIOUS_PAGE = Pattern.compile(
            "^(?:previous|back|precedent|precedente|anterior|zuruck|vorherige|vorherige seite|voltar)\\b.*");
    private static final Pattern PAGINATION_LABEL = Pattern.compile(
            ".*\\b(?:pagination|paginacion|paginacao|paginierung|seitennummerierung)\\b.*");

    private LocalizedWords() {}

    /** The invitee named by a withdraw control's aria-label, or null when the label is not one. */
    static String withdrawLabelName(String ariaLabel) {
        String label = PlainText.normalize(ariaLabel);
        // The label as LinkedIn writes it holds the phrase in lower case, which String.indexOf finds fast;
        // an earlier occurrence in another case would still come first.
        int exact = label.indexOf(EN_LABEL);
        int en = PlainText.indexOfIgnoreCase(label, EN_LABEL, exact >= 0 ? exact : label.length());
        if (en < 0) {
            en = exact;
        }
        if (en >= 0) {
            return nameOrNull(label.substring(en + EN_LABEL.length()));
        }
        // Cheap test first: most labels on a page ("Like", "Invite X to connect") are not withdraw labels.
        if (PlainText.indexOfIgnoreCase(label, "invita", label.length()) < 0 && PlainText.indexOfIgnoreCase(label, "convite", label.length()) < 0
                && PlainText.indexOfIgnoreCase(label, "einladung", label.length()) < 0) {
            return null;
        }
        for (Pattern p : WITHDRAW_LABELS) {
            Matcher m = p.matcher(label);
            if (m.find()) {
                return nameOrNull(m.group("name"));
            }
        }
        return null;
    }

    /**
     * {@code withdrawLabelName(ariaLabel) != null}, without cutting the name out. As LinkedIn writes it, the
     * label holds the English phrase in lower case with plain spaces; then it names someone exactly when a
     * character {@link PlainText#normalize} keeps follows the phrase: normalising keeps the phrase, and a
     * space it keeps is always followed by such a character, which {@code trim} keeps too.
     */
    static boolean namesInvitee(String ariaLabel) {
        int at = ariaLabel.indexOf(EN_LABEL);
        if (at >= 0 && PlainText.keepsACharacterFrom(ariaLabel, at + EN_LABEL.length())) {
            return true;
        }
        return withdrawLabelName(ariaLabel) != null;
    }

    private static String nameOrNull(String raw) {
        String name = PlainText.cap(raw.trim(), PlainText.MAX_LENGTH);
        return name.isEmpty() ? null : name;
    }


    /** What a caption that is a whole phrase of {@link #isLoadMore} can hold. */
    private static final String[] LOAD_MORE_SHAPES = loadMoreShapes();
    /** ...and one of {@link #isWithdrawText} or {@link #isLoadMore}. */
    private static final String[] CAPTION_SHAPES = captionShapes(LOAD_MORE_SHAPES);

    /** The first letter of every caption shape, and of every "Load more" one. */
    private static final String CAPTION_FIRST_LETTERS = firstLetters(CAPTION_SHAPES);
    private static final String LOAD_MORE_FIRST_LETTERS = firstLetters(LOAD_MORE_SHAPES);

    private static String firstLetters(String[] shapes) {
        StringBuilder letters = new StringBuilder();
        for (String shape : shapes) {
            if (letters.indexOf(shape.substring(0, 1)) < 0) {
                letters.append(shape.charAt(0));
            }
        }
        return letters.toString();
    }

    private static String[] loadMoreShapes() {
        String[] shapes = new String[LOAD_MORE.length];
        for (int i = 0; i < shapes.length; i++) {
            // "Load more", "Load more…", "Load more ..." (the ellipsis as one character holds no ASCII).
            shapes[i] = LOAD_MORE[i] + " ...";
        }
        return shapes;
    }

    private static String[] captionShapes(String[] loadMoreShapes) {
        String[] shapes = Arrays.copyOf(WITHDRAW_TEXT, WITHDRAW_TEXT.length + loadMoreShapes.length);
        System.arraycopy(loadMoreShapes, 0, shapes, WITHDRAW_TEXT.length, loadMoreShapes.length);
        return shapes;
    }

    /**
     * {@link PlainText#forMatching(String)} of a caption, or null when that form is neither a withdraw
     * caption nor a "Load more" one. The page scan asks this of the text of every link and button, a
     * row's name included, so a non-ASCII text is first checked against the phrases' shapes, before
     * lower-casing and accent stripping, which cost several times the rest. The form is
     * {@code scratch} itself for ASCII text. With {@code withdrawToo} false, the same for a caller that
     * only asks {@link #isLoadMore} (a control already known to withdraw): its "Withdraw" caption is
     * then turned down by its first letter.
     */
    static CharSequence captionForm(String raw, MatchingText scratch, boolean withdrawToo) {
        if (!mayStartACaption(raw, withdrawToo)) {
            return null;
        }
        if (PlainText.fold(raw, scratch)) {
            return scratch;
        }
        if (!asciiFitsACaption(scratch, withdrawToo ? CAPTION_SHAPES : LOAD_MORE_SHAPES)) {
            return null;
        }
        return PlainText.stripAccents(scratch.toString().toLowerCase(Locale.ROOT));
    }

    /**
     * Folding skips leading spaces and invisible characters (all below U+0021 or above U+007E) and
     * keeps the first other character, lower-cased if it is an ASCII letter, so a text whose first
     * such character is ASCII starts its matching form with it, and with the ASCII letters right after
     * it (folding only lower-cases them; lower-casing and accent stripping keep them at the start). Names
     * mostly start with letters no phrase starts with, and are turned down without being folded.
     */
    private static boolean mayStartACaption(String raw, boolean withdrawToo) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0x20 && c < 0x7F) {
                String firstLetters = withdrawToo ? CAPTION_FIRST_LETTERS : LOAD_MORE_FIRST_LETTERS;
                return firstLetters.indexOf(asciiLower(c)) >= 0
                        && startsSomeShape(raw, i, withdrawToo ? CAPTION_SHAPES : LOAD_MORE_SHAPES);
            }
            if (c >= 0x7F) {
                return true;
            }
        }
        return true;
    }

    /** How many letters of a text's start {@link #startsSomeShape} compares: two or three tell most names apart. */
    private static final int PREFIX = 3;

    /** Some shape starts with the (lower-cased) character at {@code start} and the ASCII letters right after it. */
    private static boolean startsSomeShape(String raw, int start, String[] shapes) {
        int end = start + 1;
        while (end < raw.length() && end - start < PREFIX && isAsciiLetter(raw.charAt(end))) {
            end++;
        }
        for (String shape : shapes) {
            int k = 0;
            while (k < end - start && k < shape.length() && shape.charAt(k) == asciiLower(raw.charAt(start + k))) {
                k++;
            }
            if (k == end - start) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Lower-casing and accent stripping keep every ASCII character of {@code folded} (already lower case)
     * and keep them in order; other characters may become ASCII letters ("é" → "e") or vanish. So the
     * ASCII characters of a text whose final form is a phrase are a subsequence of that phrase's shape.
     */
    private static boolean asciiFitsACaption(CharSequence folded, String[] shapes) {
        for (String shape : shapes) {
            int k = 0;
            boolean fits = true;
            for (int i = 0; i < folded.length() && fits; i++) {
                char c = folded.charAt(i);
                if (c < 0x80) {
                    while (k < shape.length() && shape.charAt(k) != c) {
                        k++;
                    }
                    fits = k < shape.length();
                    k++;
                }
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    /** Takes any {@link CharSequence} so the page scan can ask without making a String of every caption. */
    static boolean isWithdrawText(CharSequence matchingText) {
        return isOneOf(WITHDRAW_TEXT, matchingText, 0, matchingText.length());
    }

    /** The N of "People (N)", or null. */
    static Integer peopleCount(String matchingText) {
        if (matchingText.length() > 40) {
            return null;
        }
        Matcher m = PEOPLE_COUNT.matcher(matchingText);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1).replaceAll("\\D", "");
        return digits.length() > 9 ? null : Integer.valueOf(digits);
    }

    /** "Load more", also as "Load more…" or "Load more ...". */
    static boolean isLoadMore(CharSequence matchingText) {
        int start = 0;
        int end = matchingText.length();
        boolean ellipsis = endsWith(matchingText, "…") || endsWith(matchingText, "...");
        if (ellipsis) {
            end -= endsWith(matchingText, "…") ? 1 : 3;
            // as String.trim(), which the ellipsis case used
            while (start < end && matchingText.charAt(start) <= ' ') {
                start++;
            }
            while (end > start && matchingText.charAt(end - 1) <= ' ') {
                end--;
            }
        }
        return isOneOf(LOAD_MORE, matchingText, start, end);
    }

    private static boolean endsWith(CharSequence s, String suffix) {
        int from = s.length() - suffix.length();
        return from >= 0 && isSame(suffix, s, from, s.length());
    }

    private static boolean isOneOf(String[] phrases, CharSequence s, int start, int end) {
        for (String phrase : phrases) {
            if (isSame(phrase, s, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSame(String phrase, CharSequence s, int start, int end) {
        if (phrase.length() != end - start) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            if (phrase.charAt(i) != s.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isNextPage(String matchingText) {
        return matchingText.length() <= 30 && NEXT_PAGE.matcher(matchingText).matches();
    }

    static boolean isPreviousPage(String matchingText) {
        return matchingText.length() <= 30 && PREVIOUS_PAGE.matcher(matchingText).matches();
    }

    static boolean isPaginationLabel(String matchingText) {
        return PAGINATION_LABEL.matcher(matchingText).matches();
    }
}
