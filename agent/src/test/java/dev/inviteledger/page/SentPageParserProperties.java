package dev.inviteledger.page;

import static dev.inviteledger.page.ParsedPageInvariants.assertValid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's promise to the HTTP layer: whatever arrives (a capture cut short, markup mangled by
 * a redesign, or plain garbage), {@link SentPageParser#parse} returns a valid page and never throws.
 * Inputs are drawn from a seeded {@link Random}, so a failing case names the seed that reproduces it.
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

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void survivesTruncatedCaptures(long seed) {
        Random r = new Random(seed);
        String page = PAGES.get(r.nextInt(PAGES.size()));
        assertValid(parser.parse(page.substring(0, r.nextInt(page.length() + 1))));
    }

    /** A deterministic sweep on top of the random one: prefixes across the whole length of every fixture. */
    @Test
    void survivesPrefixesAcrossEveryFixture() {
        for (String page : PAGES) {
            int step = Math.max(1, page.length() / 60);
            for (int n = 0; n <= page.length(); n += step) {
                assertValid(parser.parse(page.substring(0, n)));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void survivesMutatedMarkup(long seed) {
        Random r = new Random(seed);
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 1 + r.nextInt(40); i > 0; i--) {
            mutations.add(new Mutation(r.nextInt(4), r.nextInt(Integer.MAX_VALUE), r.nextInt(Integer.MAX_VALUE)));
        }
        assertValid(parser.parse(mutate(PAGES.get(r.nextInt(PAGES.size())), mutations)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void survivesRandomTagSoup(long seed) {
        Random r = new Random(seed);
        StringBuilder soup = new StringBuilder();
        for (int i = r.nextInt(301); i > 0; i--) {
            soup.append(VOCABULARY.get(r.nextInt(VOCABULARY.size())));
        }
        assertValid(parser.parse(soup.toString()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void survivesRandomText(long seed) {
        Random r = new Random(seed);
        String markupish = "<>/=\"' abcinpuldvtWSP()0123456789&;#\u00A0’-";
        StringBuilder text = new StringBuilder();
        if (r.nextBoolean()) {
            for (int i = r.nextInt(601); i > 0; i--) {
                text.append(markupish.charAt(r.nextInt(markupish.length())));
            }
        } else {
            // any UTF-16 unit, lone surrogates included
            for (int i = r.nextInt(301); i > 0; i--) {
                text.append((char) r.nextInt(Character.MAX_VALUE + 1));
            }
        }
        assertValid(parser.parse(text.toString()));
    }

    @Test
    void survivesNullAndDeepNesting() {
        assertValid(parser.parse((String) null));
        String row = "<li><a href=/in/deep-invented-1/>Deep Invented</a><p>Sent 3 days ago</p><button>Withdraw</button></li>";
        assertValid(parser.parse("<div>".repeat(20_000) + row + "People (1)"));
        assertValid(parser.parse("<span>".repeat(20_000) + row));
        assertValid(parser.parse("<ul>" + row.repeat(3_000) + "</ul>"));
    }

    /** A mutation of the token list: 0 delete, 1 duplicate, 2 swap, 3 cut a token in half. */
    record Mutation(int kind, int a, int b) {}

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
