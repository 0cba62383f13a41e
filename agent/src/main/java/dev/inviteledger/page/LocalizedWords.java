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
    private static final java.util.Set<String> WITHDRAW_TEXT = java.util.Set.of("withdraw", "retirer", "retirar", "zuruckziehen");

    /** "People (N)": N may carry thousands separators (1,234 · 1.234 · 1 234 · 1'234). */
    private static final Pattern PEOPLE_COUNT = Pattern.compile(
            "^(?:people|personnes|personas|personen|pessoas) ?\\( ?(\\d{1,3}(?:[ .,']\\d{3})+|\\d{1,9}) ?\\)$");

    /** A button that loads the rest of a lazy list. */
    private static final java.util.Set<String> LOAD_MORE = java.util.Set.of(
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

    static boolean isWithdrawText(String matchingText) {
        return WITHDRAW_TEXT.contains(matchingText);
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

    static boolean isLoadMore(String matchingText) {
        String t = matchingText;
        if (t.endsWith("…")) {
            t = t.substring(0, t.length() - 1).trim();
        } else if (t.endsWith("...")) {
            t = t.substring(0, t.length() - 3).trim();
        }
        return LOAD_MORE.contains(t);
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
