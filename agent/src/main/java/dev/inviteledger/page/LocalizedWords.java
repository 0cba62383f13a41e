package dev.inviteledger.page;

import java.util.List;
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

    /** A control whose whole visible text is "Withdraw". */
    private static final List<String> WITHDRAW_TEXT = List.of("withdraw", "retirer", "retirar", "zuruckziehen");

    /** "People (N)": N may carry thousands separators (1,234 · 1.234 · 1 234 · 1'234). */
    private static final Pattern PEOPLE_COUNT = Pattern.compile(
            "^(?:people|personnes|personas|personen|pessoas) ?\\( ?(\\d{1,3}(?:[ .,']\\d{3})+|\\d{1,9}) ?\\)$");

    /** A button that loads the rest of a lazy list. */
    private static final List<String> LOAD_MORE = List.of(
            "load more", "show more", "afficher plus", "voir plus", "charger plus", "mostrar mas", "ver mas",
            "cargar mas", "mehr anzeigen", "mehr laden", "ver mais", "mostrar mais", "carregar mais");

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
        int en = indexOfIgnoreCase(label, EN_LABEL);
        if (en >= 0) {
            return nameOrNull(label.substring(en + EN_LABEL.length()));
        }
        // Cheap test first: most labels on a page ("Like", "Invite X to connect") are not withdraw labels.
        if (indexOfIgnoreCase(label, "invita") < 0 && indexOfIgnoreCase(label, "convite") < 0
                && indexOfIgnoreCase(label, "einladung") < 0) {
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

    private static String nameOrNull(String raw) {
        String name = PlainText.cap(raw.trim(), PlainText.MAX_LENGTH);
        return name.isEmpty() ? null : name;
    }

    /** {@code needle} is lower-case ASCII; the first letter is compared before {@code regionMatches} is asked. */
    private static int indexOfIgnoreCase(String haystack, String needle) {
        char first = needle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i + needle.length() <= haystack.length(); i++) {
            char c = haystack.charAt(i);
            // regionMatches folds case beyond ASCII too (dotless ı matches i): leave non-ASCII to it.
            if ((c == first || c == firstUpper || c > 0x7F) && haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
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

    private static boolean isOneOf(List<String> phrases, CharSequence s, int start, int end) {
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
