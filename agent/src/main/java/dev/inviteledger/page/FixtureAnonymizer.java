package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Replaces the people on a captured Sent page by placeholders, so a capture can become a committed test
 * fixture: the n-th person in page order becomes "Person n" with profile slug {@code person-n} (an e-mail
 * invitee becomes {@code person-n@example.com}), the same everywhere in the document — link text, withdraw
 * labels ("Withdraw invitation sent to Person 1"), picture labels, hidden copies, dialogs and toasts.
 * <p>It finds the people with the parser's own row recognition, so it knows what the parser knows:
 * <ul>
 *   <li>each row's name and profile slug: replaced everywhere, in text and in attribute values;</li>
 *   <li>each row's headline: replaced inside the rows ("Headline n");</li>
 *   <li>personal notes: their text replaced ("Note n."), so the row still shows a note;</li>
 *   <li>every other {@code /in/} link (the viewer's own profile, suggestions): slug and link text replaced;</li>
 *   <li>pictures lose {@code src}/{@code srcset} (photo URLs identify people); a given name on its own is
 *       replaced inside dialogs and toasts, which repeat it ("Invitation to Ada withdrawn").</li>
 * </ul>
 * Ages, counts, "Load more", pagination and LinkedIn's wording are untouched, so the anonymized page replays
 * to the same statuses, ages and counts. A name written somewhere the parser does not look stays: read a
 * fixture before committing it.
 */
public final class FixtureAnonymizer {
    private static final Pattern IN_LINK = Pattern.compile("(/in/)([^/?#\\s\"'<>]+)", Pattern.CASE_INSENSITIVE);
    private static final String PLACEHOLDER_SLUG = "person-";

    private FixtureAnonymizer() {}

    /** The anonymized page as HTML text (a whole document). */
    public static String anonymize(String html) {
        Document doc = FixturePage.parse(html);
        anonymize(doc);
        return FixturePage.html(doc);
    }

    /** Anonymizes the document in place. */
    public static void anonymize(Document doc) {
        new Run(doc).apply();
    }

    private static final class Run {
        private final Document doc;
        private final List<RowLocator.Located> rows;
        private final Map<String, Integer> personBySlug = new HashMap<>();
        private final Map<String, Integer> personByName = new HashMap<>();
        /** Original slug → placeholder slug: rows first, then every other profile link met. */
        private final Map<String, String> slugs = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, String> headlines = new LinkedHashMap<>();
        private int people;
        private int notes;

        Run(Document doc) {
            this.doc = doc;
            PageScan scan = PageScan.of(doc);
            this.rows = RowLocator.locate(WithdrawControls.from(scan.withdrawCandidates, new Visibility()));
        }

        void apply() {
            for (RowLocator.Located located : rows) {
                RowReader.Read read = RowReader.read(located);
                if (read != null) {
                    assign(read.row(), located.text().firstProfileSlug);
                }
            }
            List<Element> rowElements = rowContainers();
            List<String> rowSlugs = new ArrayList<>(slugs.values());
            for (Element row : rowElements) {
                notes(row);
            }
            Replacer nameReplacer = new Replacer(names);
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        set(t, nameReplacer.apply(replaceSlugs(t.getWholeText())));
                    } else if (node instanceof Element e) {
                        attributes(e, nameReplacer);
                    }
                }
            }, doc);
            // Headlines after names: a headline that mentions the name is searched for as it now reads.
            Map<String, String> renamedHeadlines = new LinkedHashMap<>();
            headlines.forEach((headline, placeholder) -> renamedHeadlines.putIfAbsent(nameReplacer.apply(headline), placeholder));
            Replacer headlineReplacer = new Replacer(renamedHeadlines);
            for (Element row : rowElements) {
                replaceText(row, headlineReplacer);
            }
            otherProfileLinks(rowSlugs);
            givenNamesInOverlays();
        }

        /**
         * The rows, plus the list item around every withdraw control, so hidden copies of rows (which the parser
         * skips) lose their headlines and notes too.
         */
        private List<Element> rowContainers() {
            Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Element> out = new ArrayList<>();
            for (RowLocator.Located located : rows) {
                if (containers.add(located.row())) {
                    out.add(located.row());
                }
            }
            for (Element control : PageScan.of(doc).withdrawCandidates) {
                for (Element a = control.parent(); a != null && !Markup.isLandmark(a); a = a.parent()) {
                    if (Markup.isListItem(a)) {
                        if (containers.add(a)) {
                            out.add(a);
                        }
                        break;
                    }
                }
            }
            return out;
        }

        private void assign(ParsedRow row, String slug) {
            Integer n = slug != null ? personBySlug.get(slug) : personByName.get(row.name());
            if (n == null) {
                n = ++people;
            }
            if (slug != null) {
                personBySlug.putIfAbsent(slug, n);
                slugs.putIfAbsent(slug, PLACEHOLDER_SLUG + n);
            }
            personByName.putIfAbsent(row.name(), n);
            boolean email = row.key().startsWith(InvitationKeys.EMAIL_PREFIX);
            names.putIfAbsent(row.name(), email ? PLACEHOLDER_SLUG + n + "@example.com" : "Person " + n);
            if (row.headline() != null) {
                headlines.putIfAbsent(row.headline(), "Headline " + (headlines.size() + 1));
            }
        }

        private void notes(Element row) {
            for (Element e : row.getAllElements()) {
                if (RowText.isNote(e) && e.parents().stream().noneMatch(RowText::isNote) && !e.text().isBlank()) {
                    e.text("Note " + (++notes) + ".");
                }
            }
        }

        private void attributes(Element e, Replacer nameReplacer) {
            String tag = e.normalName();
            if (tag.equals("img") || tag.equals("source")) {
                e.removeAttr("src");
                e.removeAttr("srcset");
            }
            for (Attribute a : new ArrayList<>(e.attributes().asList())) {
                String value = nameReplacer.apply(replaceSlugs(a.getValue()));
                if (!value.equals(a.getValue())) {
                    e.attr(a.getKey(), value);
                }
            }
        }

        /** Every /in/ slug: a row's placeholder, or a new one for anyone else (the viewer, suggestions). */
        private String replaceSlugs(String value) {
            if (!value.toLowerCase(Locale.ROOT).contains("/in/")) {
                return value;
            }
            Matcher m = IN_LINK.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String slug = InvitationKeys.slugFromHref("/in/" + m.group(2));
                String replacement = slug == null ? m.group(0)
                        : m.group(1) + slugs.computeIfAbsent(slug, s -> PLACEHOLDER_SLUG + (++people));
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** A link to a profile that is no row's: its text is that person's name (or "Me"), replaced as well. */
        private void otherProfileLinks(List<String> rowSlugs) {
            for (Element a : doc.select("a[href]")) {
                String slug = InvitationKeys.slugFromHref(a.attr("href"));
                if (slug == null || rowSlugs.contains(slug) || !slug.startsWith(PLACEHOLDER_SLUG)) {
                    continue;
                }
                List<TextNode> texts = new ArrayList<>();
                for (Element e : a.getAllElements()) {
                    e.textNodes().stream().filter(t -> !t.isBlank()).forEach(texts::add);
                }
                for (int i = 0; i < texts.size(); i++) {
                    texts.get(i).text(i == 0 ? "Person " + slug.substring(PLACEHOLDER_SLUG.length()) : "");
                }
            }
        }

        /** Dialogs and toasts repeat a given name alone; they are never rows, so this cannot change a replay. */
        private void givenNamesInOverlays() {
            Map<String, String> given = new LinkedHashMap<>();
            names.forEach((name, placeholder) -> {
                String first = name.split(" ")[0];
                if (!first.equals(name) && first.codePointCount(0, first.length()) >= 2) {
                    given.putIfAbsent(first, placeholder);
                }
            });
            Replacer replacer = new Replacer(given);
            for (Element e : doc.getAllElements()) {
                if (Markup.isOverlay(e)) {
                    replaceText(e, replacer);
                }
            }
        }

        private static void replaceText(Element root, Replacer replacer) {
            for (Element e : root.getAllElements()) {
                for (TextNode t : e.textNodes()) {
                    set(t, replacer.apply(t.getWholeText()));
                }
            }
        }

        private static void set(TextNode t, String text) {
            if (!text.equals(t.getWholeText())) {
                t.text(text);
            }
        }
    }

    /**
     * Finds several texts at once, as they may be written in markup: any run of spaces (NBSP included) for a
     * space, either apostrophe, invisible formatting characters anywhere, any letter case, never inside a
     * longer word. One pass per string, longest text first ("Ada Example-Smith" before "Ada Example").
     */
    static final class Replacer {
        private static final String APOSTROPHES = "'’‘ʼ´′`";
        private final Pattern pattern;
        private final Map<String, String> byKey = new HashMap<>();
        private final List<Truncated> truncated = new ArrayList<>();

        private record Truncated(Pattern pattern, String placeholder) {}

        Replacer(Map<String, String> replacements) {
            List<String> originals = new ArrayList<>();
            replacements.forEach((original, placeholder) -> {
                String key = key(original);
                if (key.isEmpty()) {
                    return;
                }
                if (original.endsWith("…")) {
                    // The parser cut a very long text: replace from what it kept to the end of the text.
                    truncated.add(new Truncated(Pattern.compile("(?<![\\p{L}\\p{N}])" + flexible(trimEllipsis(original))
                            + "[\\s\\S]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), placeholder));
                } else if (byKey.putIfAbsent(key, placeholder) == null) {
                    originals.add(original);
                }
            });
            originals.sort(Comparator.comparingInt(String::length).reversed());
            if (originals.isEmpty()) {
                pattern = null;
                return;
            }
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < originals.size(); i++) {
                regex.append(i == 0 ? "" : "|").append(flexible(originals.get(i)));
            }
            regex.append(")(?![\\p{L}\\p{N}])");
            pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        String apply(String text) {
            if (text.isBlank()) {
                return text;
            }
            String out = pattern == null ? text : replaceAll(text);
            for (Truncated t : truncated) {
                out = t.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(t.placeholder()));
            }
            return out;
        }

        private String replaceAll(String text) {
            Matcher m = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String placeholder = byKey.get(key(m.group()));
                if (placeholder != null) {
                    m.appendReplacement(out, Matcher.quoteReplacement(placeholder));
                    changed = true;
                }
            }
            if (!changed) {
                return text;
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The comparable form: no invisible characters, single spaces, one apostrophe, lower case. */
        static String key(String text) {
            String noInvisible = trimEllipsis(text).replaceAll("\\p{Cf}", "");
            String folded = noInvisible.replaceAll("[" + APOSTROPHES + "]", "'");
            return folded.replaceAll("[\\s\\p{Z}]+", " ").strip().toLowerCase(Locale.ROOT);
        }

        /** The parser caps very long names with "…": search for the part it kept. */
        private static String trimEllipsis(String text) {
            return text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
        }

        private static String flexible(String text) {
            StringBuilder regex = new StringBuilder();
            int[] cps = text.strip().codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                int cp = cps[i];
                if (i > 0) {
                    regex.append("\\p{Cf}*");
                }
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    regex.append("[\\s\\p{Z}\\p{Cf}]+");
                } else if (APOSTROPHES.indexOf(cp) >= 0) {
                    regex.append("[").append(APOSTROPHES).append("]");
                } else {
                    regex.append(Pattern.quote(new String(Character.toChars(cp))));
                }
            }
            return regex.toString();
        }
    }
}
