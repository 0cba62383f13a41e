package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        /** The page as scanned before any change (the candidates' list items are read from its node table). */
        private final PageScan scan;
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
            this.scan = PageScan.of(doc);
            this.rows = RowLocator.locate(WithdrawControls.from(scan), scan.nodes);
        }

        void apply() {
            for (RowLocator.Located located : rows) {
                RowReader.Read read = located.read();
                if (read != null) {
                    assign(read.row(), located.profileSlug());
                }
            }
            List<Element> rowElements = rowContainers();
            Set<String> rowSlugs = new HashSet<>(slugs.values());
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
            PageNodes nodes = scan.nodes;
            for (PageScan.Candidate candidate : scan.withdrawCandidates) {
                for (int a = nodes.parent[candidate.node()]; a >= 0 && !nodes.is(a, PageNodes.LANDMARK); a = nodes.parent[a]) {
                    if (nodes.is(a, PageNodes.LIST_ITEM)) {
                        Element item = (Element) nodes.node[a];
                        if (containers.add(item)) {
                            out.add(item);
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
        private void otherProfileLinks(Set<String> rowSlugs) {
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
     * longer word; the longest text wins where several start at one place ("Ada Example-Smith" before
     * "Ada Example"). Matching runs on a normalised copy of the text that remembers where each of its characters
     * came from, with candidates looked up by their first character, so a page of 1,500 people stays fast.
     */
    static final class Replacer {
        private static final String APOSTROPHES = "'’‘ʼ´′`";

        /** @param toEnd the parser cut this text ("…"): replace from its start to the end of the string */
        private record Entry(String key, String placeholder, boolean toEnd) {}

        private final Map<Character, List<Entry>> byFirstChar = new HashMap<>();

        Replacer(Map<String, String> replacements) {
            Map<String, Entry> byKey = new LinkedHashMap<>();
            replacements.forEach((original, placeholder) -> {
                String key = key(original);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, new Entry(key, placeholder, original.endsWith("…")));
                }
            });
            for (Entry e : byKey.values()) {
                byFirstChar.computeIfAbsent(e.key().charAt(0), c -> new ArrayList<>()).add(e);
            }
            byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.key().length()).reversed()));
        }

        String apply(String text) {
            if (byFirstChar.isEmpty() || text.isBlank()) {
                return text;
            }
            Normalized norm = Normalized.of(text);
            String n = norm.text;
            StringBuilder out = null;
            int copiedUpTo = 0;
            for (int i = 0; i < n.length(); i++) {
                if (i > 0 && Character.isLetterOrDigit(n.codePointBefore(i))) {
                    continue;
                }
                List<Entry> candidates = byFirstChar.get(n.charAt(i));
                if (candidates == null) {
                    continue;
                }
                for (Entry e : candidates) {
                    if (!n.startsWith(e.key(), i)) {
                        continue;
                    }
                    int end = i + e.key().length();
                    boolean boundary = end == n.length() || !Character.isLetterOrDigit(n.codePointAt(end));
                    if (boundary || e.toEnd()) {
                        if (out == null) {
                            out = new StringBuilder(text.length());
                        }
                        int from = norm.start[i];
                        int to = e.toEnd() ? text.length() : norm.end[end - 1];
                        out.append(text, copiedUpTo, from).append(e.placeholder());
                        copiedUpTo = to;
                        i = e.toEnd() ? n.length() : end - 1;
                        break;
                    }
                }
            }
            if (out == null) {
                return text;
            }
            return out.append(text, copiedUpTo, text.length()).toString();
        }

        /** The comparable form: no invisible characters, single spaces, one apostrophe, lower case. */
        static String key(String text) {
            String t = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
            return Normalized.of(t).text.strip();
        }

        /** A normalised text and, for each of its characters, the range of the original it stands for. */
        private static final class Normalized {
            final String text;
            final int[] start;
            final int[] end;

            private Normalized(String text, int[] start, int[] end) {
                this.text = text;
                this.start = start;
                this.end = end;
            }

            static Normalized of(String original) {
                StringBuilder sb = new StringBuilder(original.length());
                int[] start = new int[original.length() * 2 + 1];
                int[] end = new int[original.length() * 2 + 1];
                int i = 0;
                while (i < original.length()) {
                    int cp = original.codePointAt(i);
                    int next = i + Character.charCount(cp);
                    if (Character.getType(cp) == Character.FORMAT) {
                        i = next;
                        continue;
                    }
                    String mapped;
                    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                            end[sb.length() - 1] = next; // a run of spaces is one space
                            i = next;
                            continue;
                        }
                        mapped = " ";
                    } else if (APOSTROPHES.indexOf(cp) >= 0) {
                        mapped = "'";
                    } else {
                        mapped = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                    }
                    for (int k = 0; k < mapped.length(); k++) {
                        if (sb.length() >= start.length) {
                            start = java.util.Arrays.copyOf(start, start.length * 2);
                            end = java.util.Arrays.copyOf(end, end.length * 2);
                        }
                        start[sb.length()] = i;
                        end[sb.length()] = next;
                        sb.append(mapped.charAt(k));
                    }
                    i = next;
                }
                return new Normalized(sb.toString(), start, end);
            }
        }
    }
}
