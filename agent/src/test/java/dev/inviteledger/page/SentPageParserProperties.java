package dev.inviteledger.page;

import static dev.inviteledger.page.ParsedPageInvariants.assertValid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parser's promise to the HTTP layer: whatever arrives (a capture cut short, markup mangled by
 * a redesign, or plain garbage), {@link SentPageParser#parse} returns a valid page and never throws.
 */
class SentPageParserProperties {
    private static final List<String> PAGES = Fixtures.pages().stream().map(Fixtures::read).toList();
    /** Splits markup into tags and the text between them. */
    private static final Pattern TOKENS = Pattern.compile("(?=<)|(?<=>)");

    /** Pieces of every generation's markup and of hostile text, for random tag soup. */
    private static final List<String> VOCABULARY = List.of(
            "<div>", "</div>", "<li>", "</li>", "<ul>", "</ul>", "<div role=listitem>", "<div role=list>",
            "<main>", "</main>", "<nav>", "</nav>", "<aside>", "</aside>", "<dialog open>", "</dialog>",
            "<div role=alert>", "<section>", "</section>", "<p>", "</p>", "<span>", "</span>", "<time>", "</time>",
            "<button aria-label=\"Withdraw invitation sent to Ana Invented\">", "<button>", "</button>",
            "<a aria-label=\"Retirer l’invitation envoyée à Zoé\" href=\"#\">", "<a href=\"/in/ana-invented-4821/\">",
            "<a href=\"https://fr.linkedin.com/in/%F0%9F%98%80-x/\">", "<a href=\"/in/%ZZ%E0/\">", "<a href=\"/in/\">", "</a>",
            "<div data-view-name=sent-invitations-withdraw-single>", "<div data-testid=expandable-text-box>",
            "<span style=\"display:none\">", "<div hidden>", "<span class=visually-hidden>", "<div style=\"width:0\">",
            "<button aria-current=true>", "<div class=artdeco-pagination>", "<li class=active>",
            "Withdraw", "Zurückziehen", "Sent 3 days ago", "Sent a month ago", "Envoyée il y a 1 an", "Vor 2 Wochen gesendet",
            "Enviado há 1 mês", "Sent last spring", "Sent 99999 years ago", "People (12)", "People (1,234)", "Personen (1.234)",
            "Personas (0)", "People (99999999999)", "Load more", "Ver mais", "Next", "1", "2", "3",
            "Ana Invented", "jo.invented@example.org", "&lt;img src=x onerror=alert(1)&gt;", "<img src=x onerror=alert(1)>",
            "<script>alert(1)</script>", "<svg><a href=/in/svg/>x</a></svg>", "<template>", "<table><td>", "<br>",
            "&nbsp;", "\u00A0", "\u202F", "\u200E", "’", "'", "\"", "<", ">", "&", "<!--", "-->", "🌻", "Иван", "王小明",
            "فاطمة", "\uD800", " ", "\n");

    private final SentPageParser parser = new SentPageParser();

    @Property(tries = 300)
    void survivesTruncatedCaptures(@ForAll("truncatedPages") String html) {
        assertValid(parser.parse(html));
    }

    /** A deterministic sweep on top of the random one: prefixes across the whole length of every fixture. */
    @Example
    void survivesPrefixesAcrossEveryFixture() {
        for (String page : PAGES) {
            int step = Math.max(1, page.length() / 60);
            for (int n = 0; n <= page.length(); n += step) {
                assertValid(parser.parse(page.substring(0, n)));
            }
        }
    }

    @Property(tries = 300)
    void survivesMutatedMarkup(@ForAll("mutatedPages") String html) {
        assertValid(parser.parse(html));
    }

    @Property(tries = 500)
    void survivesRandomTagSoup(@ForAll("tagSoup") String html) {
        assertValid(parser.parse(html));
    }

    @Property(tries = 300)
    void survivesRandomText(@ForAll("randomText") String html) {
        assertValid(parser.parse(html));
    }

    @Example
    void survivesNullAndDeepNesting() {
        assertValid(parser.parse(null));
        String row = "<li><a href=/in/deep-invented-1/>Deep Invented</a><p>Sent 3 days ago</p><button>Withdraw</button></li>";
        assertValid(parser.parse("<div>".repeat(20_000) + row + "People (1)"));
        assertValid(parser.parse("<span>".repeat(20_000) + row));
        assertValid(parser.parse("<ul>" + row.repeat(3_000) + "</ul>"));
    }

    @Provide
    Arbitrary<String> truncatedPages() {
        return Arbitraries.of(PAGES).flatMap(page ->
                Arbitraries.integers().between(0, page.length()).map(n -> page.substring(0, n)));
    }

    /** A mutation of the token list: 0 delete, 1 duplicate, 2 swap, 3 cut a token in half. */
    record Mutation(int kind, int a, int b) {}

    @Provide
    Arbitrary<String> mutatedPages() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().greaterOrEqual(0)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(PAGES), mutation.list().ofMinSize(1).ofMaxSize(40))
                .as(SentPageParserProperties::mutate);
    }

    @Provide
    Arbitrary<String> tagSoup() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(300).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("<>/=\"' abcinpuldvtWSP()0123456789&;#\u00A0’-").ofMaxLength(600),
                Arbitraries.strings().all().ofMaxLength(300));
    }

    private static String mutate(String page, List<Mutation> mutations) {
        List<String> tokens = new ArrayList<>(List.of(TOKENS.split(page)));
        for (Mutation m : mutations) {
            if (tokens.isEmpty()) {
                break;
            }
            int i = Math.floorMod(m.a(), tokens.size());
            int j = Math.floorMod(m.b(), tokens.size());
            switch (m.kind()) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(j, tokens.get(i));
                case 2 -> Collections.swap(tokens, i, j);
                default -> {
                    String t = tokens.get(i);
                    tokens.set(i, t.substring(0, t.length() / 2));
                }
            }
        }
        return String.join("", tokens);
    }
}
