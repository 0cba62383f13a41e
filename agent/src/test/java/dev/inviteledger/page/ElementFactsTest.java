package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ElementFacts} reads an element's attributes by key look-ups when it has few and in one pass when it
 * has more, stopping the look-ups early once every attribute is accounted for: whichever way, every fact
 * must be what jsoup answers for that key.
 */
class ElementFactsTest {
    private static final List<String> KEYS = List.of("href", "role", "class", "aria-label", "data-testid", "style",
            "data-view-name", "aria-modal", "hidden", "id", "tabindex", "data-component-type", "aria-hidden", "type");
    private static final List<String> VALUES = List.of("", " ", "  Button ", "button", "listitem", "x", "true",
            "custom-message", "expandable-text-box", "display:none", "visually-hidden", "https://www.linkedin.com/in/a/",
            "Withdraw invitation sent to Ana", "withdraw", "NAVIGATION", "\u00A0");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 3000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFactIsWhatJsoupSaysOfItsKey(long seed) {
        Random r = new Random(seed);
        StringBuilder html = new StringBuilder("<div");
        for (int i = r.nextInt(5); i > 0; i--) {
            String key = KEYS.get(r.nextInt(KEYS.size()));
            html.append(' ').append(r.nextBoolean() ? key : key.toUpperCase());
            if (r.nextInt(4) != 0) {
                html.append("=\"").append(VALUES.get(r.nextInt(VALUES.size()))).append('"');
            }
        }
        html.append(">text</div>");
        String markup = html.toString();
        Element div = Jsoup.parseBodyFragment(markup).body().child(0);

        ElementFacts f = ElementFacts.of(div);
        ElementFacts walk = ElementFacts.forWalk().read(new Element("p")).read(div); // a reused instance forgets

        Attributes a = div.attributes();
        for (ElementFacts facts : List.of(f, walk)) {
            assertThat(facts.hasAttributes()).as(markup).isEqualTo(a.size() > 0);
            assertThat(facts.role()).as(markup).isEqualTo(Markup.normalRole(a.get("role")));
            assertThat(facts.cls()).as(markup).isEqualTo(a.get("class"));
            assertThat(facts.ariaLabel()).as(markup).isEqualTo(a.get("aria-label"));
            assertThat(facts.dataTestId()).as(markup).isEqualTo(a.get("data-testid"));
            assertThat(facts.style()).as(markup).isEqualTo(a.get("style"));
            assertThat(facts.dataViewName()).as(markup).isEqualTo(a.get("data-view-name"));
            assertThat(facts.ariaModal()).as(markup).isEqualTo(a.get("aria-modal"));
            assertThat(facts.hasHiddenAttribute()).as(markup).isEqualTo(a.hasKey("hidden"));
            assertThat(facts.onlyHref()).as(markup).isEqualTo(a.size() == 1 && a.hasKey("href"));
            assertThat(facts.onlyRole()).as(markup)
                    .isEqualTo(a.size() == 1 && !Markup.normalRole(a.get("role")).isEmpty());
            assertThat(facts.answeredByTag()).as(markup).isEqualTo(Markup.normalRole(a.get("role")).isEmpty()
                    && a.get("class").isEmpty() && a.get("style").isEmpty() && a.get("aria-modal").isEmpty()
                    && a.get("data-testid").isEmpty() && !a.hasKey("hidden"));
        }
    }

    private static final List<String> TAGS = List.of("div", "a", "button", "li", "span", "blockquote", "dialog", "nav",
            "ul", "section", "aside", "p");

    /**
     * The scan answers an element that {@link ElementFacts#answeredByTag} by its tag alone (PageScan's memo by tag):
     * whatever else such an element carries must not change what the scan would have answered.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anElementAnsweredByItsTagGetsItsBareTagsAnswers(long seed) {
        Random r = new Random(seed);
        String tag = TAGS.get(r.nextInt(TAGS.size()));
        StringBuilder html = new StringBuilder("<ul><").append(tag);
        for (int i = r.nextInt(5); i > 0; i--) {
            html.append(' ').append(KEYS.get(r.nextInt(KEYS.size())));
            if (r.nextInt(4) != 0) {
                html.append("=\"").append(VALUES.get(r.nextInt(VALUES.size()))).append('"');
            }
        }
        html.append(">text</").append(tag).append("></ul>");
        Element e = Jsoup.parseBodyFragment(html.toString()).selectFirst(tag);
        ElementFacts f = ElementFacts.of(e);
        if (f.answeredByTag()) {
            assertThat(PageScan.answers(f)).as(html.toString())
                    .isEqualTo(PageScan.answers(ElementFacts.of(new Element(e.tagName()))));
        }
    }
}
