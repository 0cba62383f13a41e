package dev.inviteledger.page;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of the age line ("Sent 3 days ago", "Envoyée il y a 1 an", "Vor 2 Wochen gesendet")
 * in en, fr, es, de and pt, mapped to a fixed interval of whole days so results are comparable:
 *
 * <pre>
 * today, seconds, minutes, hours  [0, 0]      N weeks   [7N, 7N+6]
 * yesterday                       [1, 1]      N months  [30N, 30N+29]
 * N days                          [N, N]      N years   [365N, 365N+364]
 * </pre>
 *
 * The sentence frame is matched loosely but the vocabulary strictly: a unit or number word we do
 * not know makes the whole line unknown (null), never a guess.
 */
public final class AgeLineParser {
    /** Beyond this the text is nonsense, not an age. */
    private static final int MAX_DAYS = 36_500;
    /** Age lines are short; anything longer is content, and skipping it keeps rows cheap to read. */
    private static final int MAX_LINE = 80;

    private static final String SENT = "(?:sent|envoyee?s?|enviad[oa]s?|gesendet)";
    private static final String COUNT = "(?<n>\\d{1,6}|[a-z]+)";
    private static final String UNIT = "(?<u>[a-z]+)";

    private static final Pattern DAY_WORD = Pattern.compile(
            "^(?:" + SENT + ":? )?(?<d>today|yesterday|just now|aujourd'hui|hier|hoy|ayer|heute|gestern|hoje|ontem)"
                    + "(?: gesendet)?$");
    private static final Pattern EN = Pattern.compile("^(?:" + SENT + " )?" + COUNT + " " + UNIT + " ago$");
    private static final Pattern FR = Pattern.compile("^(?:" + SENT + " )?il y a " + COUNT + " " + UNIT + "$");
    private static final Pattern ES = Pattern.compile("^(?:" + SENT + " )?hace " + COUNT + " " + UNIT + "$");
    private static final Pattern DE = Pattern.compile("^(?:" + SENT + ":? )?vor " + COUNT + " " + UNIT + "(?: gesendet)?$");
    private static final Pattern PT = Pattern.compile("^(?:" + SENT + " )?ha " + COUNT + " " + UNIT + "$");
    /** The longest day-word line ("envoyees aujourd'hui", "gesendet: gestern") is far shorter. */
    private static final int MAX_DAY_LINE = 32;
    /** How a {@link #DAY_WORD} line can end: a cheap test that spares most lines the regex. */
    private static final String[] DAY_LINE_ENDINGS = {"today", "yesterday", "just now", "aujourd'hui", "hier", "hoy",
        "ayer", "heute", "gestern", "hoje", "ontem", " gesendet"};

    /** Loose shape of an age line, used only to report wording we cannot read. */
    private static final Pattern AGE_SHAPED = Pattern.compile(
            "^(?:" + SENT + "\\b.*|.*\\b(?:ago|gesendet)|(?:il y a|hace|vor|ha) \\S+ \\S+)$");

    private enum Unit {
        INSTANT(0, 0), DAY(1, 0), WEEK(7, 6), MONTH(30, 29), YEAR(365, 364);

        final int daysPer;
        final int slack;

        Unit(int daysPer, int slack) {
            this.daysPer = daysPer;
            this.slack = slack;
        }
    }

    /** Unit words of all five languages, singular and plural, after accent stripping. */
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            // en (and the abbreviations some builds use)
            Map.entry("second", Unit.INSTANT), Map.entry("seconds", Unit.INSTANT), Map.entry("sec", Unit.INSTANT),
            Map.entry("secs", Unit.INSTANT), Map.entry("minute", Unit.INSTANT), Map.entry("minutes", Unit.INSTANT),
            Map.entry("min", Unit.INSTANT), Map.entry("mins", Unit.INSTANT), Map.entry("hour", Unit.INSTANT),
            Map.entry("hours", Unit.INSTANT), Map.entry("hr", Unit.INSTANT), Map.entry("hrs", Unit.INSTANT),
            Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY), Map.entry("week", Unit.WEEK),
            Map.entry("weeks", Unit.WEEK), Map.entry("wk", Unit.WEEK), Map.entry("wks", Unit.WEEK),
            Map.entry("month", Unit.MONTH), Map.entry("months", Unit.MONTH), Map.entry("mo", Unit.MONTH),
            Map.entry("mos", Unit.MONTH), Map.entry("year", Unit.YEAR), Map.entry("years", Unit.YEAR),
            Map.entry("yr", Unit.YEAR), Map.entry("yrs", Unit.YEAR),
            // fr
            Map.entry("seconde", Unit.INSTANT), Map.entry("secondes", Unit.INSTANT), Map.entry("heure", Unit.INSTANT),
            Map.entry("heures", Unit.INSTANT), Map.entry("jour", Unit.DAY), Map.entry("jours", Unit.DAY),
            Map.entry("semaine", Unit.WEEK), Map.entry("semaines", Unit.WEEK), Map.entry("mois", Unit.MONTH),
            Map.entry("an", Unit.YEAR), Map.entry("ans", Unit.YEAR), Map.entry("annee", Unit.YEAR),
            Map.entry("annees", Unit.YEAR),
            // es and pt (accents stripped: día, año, mês, ...)
            Map.entry("segundo", Unit.INSTANT), Map.entry("segundos", Unit.INSTANT), Map.entry("minuto", Unit.INSTANT),
            Map.entry("minutos", Unit.INSTANT), Map.entry("hora", Unit.INSTANT), Map.entry("horas", Unit.INSTANT),
            Map.entry("dia", Unit.DAY), Map.entry("dias", Unit.DAY), Map.entry("semana", Unit.WEEK),
            Map.entry("semanas", Unit.WEEK), Map.entry("mes", Unit.MONTH), Map.entry("meses", Unit.MONTH),
            Map.entry("ano", Unit.YEAR), Map.entry("anos", Unit.YEAR),
            // de
            Map.entry("sekunde", Unit.INSTANT), Map.entry("sekunden", Unit.INSTANT), Map.entry("minuten", Unit.INSTANT),
            Map.entry("stunde", Unit.INSTANT), Map.entry("stunden", Unit.INSTANT), Map.entry("tag", Unit.DAY),
            Map.entry("tagen", Unit.DAY), Map.entry("tage", Unit.DAY), Map.entry("woche", Unit.WEEK),
            Map.entry("wochen", Unit.WEEK), Map.entry("monat", Unit.MONTH), Map.entry("monaten", Unit.MONTH),
            Map.entry("monate", Unit.MONTH), Map.entry("jahr", Unit.YEAR), Map.entry("jahren", Unit.YEAR),
            Map.entry("jahre", Unit.YEAR));

    /** "a"/"an"/"one" and their localized forms mean 1. */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("uno", 1), Map.entry("una", 1),
            Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einem", 1), Map.entry("einer", 1),
            Map.entry("einen", 1), Map.entry("um", 1), Map.entry("uma", 1));

    private AgeLineParser() {}

    /** The age a line states, or null when it is not an age line we can read exactly. */
    public static AgeDays parse(String line) {
        if (line == null || line.length() > MAX_LINE) {
            return null;
        }
        String s = matchingForm(line);
        Pattern relative = relativeFrame(s);
        if (relative != null) {
            Matcher m = relative.matcher(s);
            return m.matches() ? interval(m.group("n"), m.group("u")) : null;
        }
        if (s.length() > MAX_DAY_LINE || !endsWithAny(s, DAY_LINE_ENDINGS)) {
            return null;
        }
        Matcher day = DAY_WORD.matcher(s);
        if (day.matches()) {
            String word = day.group("d");
            boolean yesterday = word.equals("yesterday") || word.equals("hier") || word.equals("ayer")
                    || word.equals("gestern") || word.equals("ontem");
            return AgeDays.exactly(yesterday ? 1 : 0);
        }
        return null;
    }

    private static boolean endsWithAny(String s, String[] endings) {
        for (String ending : endings) {
            if (s.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Each language frames a relative age with its own word; only that frame's pattern is tried. */
    private static Pattern relativeFrame(String s) {
        if (s.endsWith(" ago")) {
            return EN;
        }
        if (s.contains("il y a ")) {
            return FR;
        }
        if (s.contains("hace ")) {
            return ES;
        }
        if (s.contains("vor ")) {
            return DE;
        }
        if (s.startsWith("ha ") || s.contains(" ha ")) {
            return PT;
        }
        return null;
    }

    /**
     * Whether a line is shaped like an age line ("Sent …", "… ago", "il y a …"), readable or not.
     * Used to report wording we do not know instead of silently dropping it.
     */
    public static boolean looksLikeAgeLine(String line) {
        if (line == null || line.length() > MAX_LINE) {
            return false;
        }
        return parse(line) != null || AGE_SHAPED.matcher(matchingForm(line)).matches();
    }

    private static String matchingForm(String line) {
        String s = PlainText.forMatching(line);
        // "Sent 2 weeks ago." and "· Sent 2 weeks ago" are the same line.
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static AgeDays interval(String count, String unitWord) {
        Unit unit = UNITS.get(unitWord);
        Integer n = Character.isDigit(count.charAt(0)) ? Integer.valueOf(count) : NUMBER_WORDS.get(count);
        if (unit == null || n == null) {
            return null;
        }
        if (unit == Unit.INSTANT) {
            return AgeDays.exactly(0);
        }
        long min = (long) n * unit.daysPer;
        long max = min + unit.slack;
        return max > MAX_DAYS ? null : new AgeDays((int) min, (int) max);
    }
}
