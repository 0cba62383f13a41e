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
            // en: "Withdraw invitation sent to NAME"
            Pattern.compile("invitation sent to (?<name>.+)$", FLAGS),
            // fr: "Retirer l’invitation envoyée à NAME" (envoyé/envoyée)
            Pattern.compile("invitation envoy[ée]e? (?:à|a) (?<name>.+)$", FLAGS),
            // es: "Retirar invitación enviada a NAME"
            Pattern.compile("invitaci[óo]n enviad[ao] a (?<name>.+)$", FLAGS),
            // pt: "Retirar convite enviado para NAME"
            Pattern.compile("convite enviado (?:para|a) (?<name>.+)$", FLAGS),
            // de: "Einladung an NAME zurückziehen"
            Pattern.compile("^einladung an (?<name>.+?) zur(?:ü|ue|u)ckziehen$", FLAGS));

    /** A control whose whole visible text is "Withdraw". */
    private static final Pattern WITHDRAW_TEXT = Pattern.compile("^(?:withdraw|retirer|retirar|zuruckziehen)$");

    /** "People (N)": N may carry thousands separators (1,234 · 1.234 · 1 234 · 1'234). */
    private static final Pattern PEOPLE_COUNT = Pattern.compile(
            "^(?:people|personnes|personas|personen|pessoas) ?\\( ?(\\d{1,3}(?:[ .,']\\d{3})+|\\d{1,9}) ?\\)$");

    /** A button that loads the rest of a lazy list. */
    private static final Pattern LOAD_MORE = Pattern.compile(
            "^(?:load more|show more|afficher plus|voir plus|charger plus|mostrar mas|ver mas|cargar mas"
                    + "|mehr anzeigen|mehr laden|ver mais|mostrar mais|carregar mais)(?: ?(?:…|\\.\\.\\.))?$");

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
        if (label.isEmpty()) {
            return null;
        }
        for (Pattern p : WITHDRAW_LABELS) {
            Matcher m = p.matcher(label);
            if (m.find()) {
                String name = PlainText.cap(m.group("name").trim(), PlainText.MAX_LENGTH);
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    static boolean isWithdrawText(String matchingText) {
        return WITHDRAW_TEXT.matcher(matchingText).matches();
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
        return matchingText.length() <= 30 && LOAD_MORE.matcher(matchingText).matches();
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
