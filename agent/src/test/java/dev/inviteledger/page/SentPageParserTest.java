package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rules that the fixtures show only in passing, pinned down on small pages. */
class SentPageParserTest {
    private final SentPageParser parser = new SentPageParser();

    private static String row(String slug, String name, String age) {
        return "<li><a href=\"/in/" + slug + "/\"><span>" + name + "</span></a><p>Headline of " + name + "</p>"
                + "<p>" + age + "</p><button aria-label=\"Withdraw invitation sent to " + name + "\">Withdraw</button></li>";
    }

    @Test
    void identicalResultsFromConcurrentCallsOnOneInstance() {
        List<String> pages = Fixtures.pages().stream().map(Fixtures::read).toList();
        List<ParsedPage> sequential = pages.stream().map(parser::parse).toList();
        List<ParsedPage> parallel = IntStream.range(0, pages.size() * 8).parallel()
                .mapToObj(i -> pages.get(i % pages.size())).map(parser::parse).toList();
        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(sequential.get(i % pages.size()));
        }
    }

    @Test
    void differentUnselectedCountsLeaveTheTotalUnknown() {
        ParsedPage page = parser.parse("<button>People (3)</button><button>People (5)</button><ul>"
                + row("ana-invented-1", "Ana Invented", "Sent 3 days ago") + "</ul>");
        assertThat(page.coverage()).isEqualTo(new Coverage(1, null, false));
        assertThat(page.warnings()).anyMatch(w -> w.contains("Several different People (N) counts"));
    }

    @Test
    void aSingleUnselectedCountIsTheTotal() {
        ParsedPage page = parser.parse("<h2>Personen (1)</h2><ul>" + row("ana-invented-1", "Ana Invented", "Heute gesendet") + "</ul>");
        assertThat(page.coverage()).isEqualTo(new Coverage(1, 1, true));
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void moreRowsThanTheCountIsNeverComplete() {
        ParsedPage page = parser.parse("<button aria-current=true>People (1)</button><ul>"
                + row("ana-invented-1", "Ana Invented", "Sent today") + row("bo-invented-2", "Bo Invented", "Sent today") + "</ul>");
        assertThat(page.coverage()).isEqualTo(new Coverage(2, 1, false));
        assertThat(page.warnings()).containsExactly("The page lists 2 invitations but says People (1).");
    }

    @Test
    void lastPageOfSeveralIsNotComplete() {
        ParsedPage page = parser.parse("<button aria-current=true>People (1)</button><ul>"
                + row("ana-invented-1", "Ana Invented", "Sent 2 years ago") + "</ul>"
                + "<div class=artdeco-pagination><button aria-label=Previous>Previous</button>"
                + "<ul><li><button>1</button></li><li><button>2</button></li><li class=active><button>3</button></li></ul>"
                + "<button aria-label=Next disabled>Next</button></div>");
        assertThat(page.coverage().complete()).isFalse();
        assertThat(page.warnings()).containsExactly("This is page 3 of 3: only this page's invitations are included.");
    }

    @Test
    void aHiddenRowWithoutAVisibleTwinIsKept() {
        ParsedPage page = parser.parse("<button aria-current=true>People (2)</button><ul>"
                + row("ana-invented-1", "Ana Invented", "Sent today")
                + "<li hidden><a href=/in/bo-invented-2/>Bo Invented</a><p>Sent 1 week ago</p><button>Withdraw</button></li></ul>");
        assertThat(page.rows()).extracting(ParsedRow::key).containsExactly("in:ana-invented-1", "in:bo-invented-2");
        assertThat(page.coverage().complete()).isTrue();
    }

    @Test
    void aHiddenCaptionOnlyControlBesideAVisibleOneIsTheSameRow() {
        ParsedPage page = parser.parse("<button aria-current=true>People (1)</button><ul><li>"
                + "<a href=/in/ana-invented-1/>Ana Invented</a><p>Sent 3 days ago</p>"
                + "<button>Withdraw</button><button style=\"display:none\">Withdraw</button></li></ul>");
        assertThat(page.rows()).hasSize(1);
        assertThat(page.rows().get(0).ageDays()).isEqualTo(AgeDays.exactly(3));
    }

    @Test
    void theWithdrawLabelNamesSomeoneWithoutLinkOrText() {
        ParsedPage page = parser.parse("<div role=listitem><p>Enviado há 2 meses</p>"
                + "<a aria-label=\"Retirar convite enviado para Zé Inventado\" href=\"#\">Retirar</a></div>");
        assertThat(page.rows()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("name:zé inventado");
            assertThat(r.name()).isEqualTo("Zé Inventado");
            assertThat(r.profileUrl()).isNull();
            assertThat(r.ageDays()).isEqualTo(new AgeDays(60, 89));
        });
    }

    @Test
    void aRowNamingNobodyIsSkippedWithAWarning() {
        ParsedPage page = parser.parse("<ul><li><p>Sent 3 days ago</p><button>Withdraw</button></li></ul><p>People (1)</p>");
        assertThat(page.rows()).isEmpty();
        assertThat(page.warnings()).contains("1 invitation row(s) showed no name or profile link and were skipped.")
                .anyMatch(w -> w.contains("layout"));
    }

    @Test
    void rowsWithoutListItemsAreFoundByTheirOwnContainer() {
        // A redesign without li/listitem: each card is the largest ancestor holding just its control.
        String card = "<div class=x1><a href=/in/%s/>%s</a><p>Designer</p><p>Sent 1 week ago</p>"
                + "<button data-view-name=sent-invitations-withdraw-single>Withdraw</button></div>";
        ParsedPage page = parser.parse("<main><a aria-current=true>People (2)</a><section>"
                + card.formatted("ana-invented-1", "Ana Invented") + card.formatted("bo-invented-2", "Bo Invented")
                + "</section></main>");
        assertThat(page.rows()).extracting(ParsedRow::name, ParsedRow::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Invented", "Designer"),
                        org.assertj.core.groups.Tuple.tuple("Bo Invented", "Designer"));
        assertThat(page.coverage().complete()).isTrue();
    }

    @Test
    void aBodyCloneWithoutMainIsRead() {
        ParsedPage page = parser.parse("<body><nav><a href=/in/viewer-self-1/>Me</a></nav>"
                + "<a aria-current=true>People (1)</a><div role=list>"
                + "<div role=listitem><a href=/in/ana-invented-1/>Ana Invented</a><p>Sent 5 minutes ago</p>"
                + "<a aria-label=\"Withdraw invitation sent to Ana Invented\" href=#>Withdraw</a></div></div>"
                + "<aside><a href=/in/sug-1/>Sug</a><p>Sent you a post</p><button>Withdraw</button></aside></body>");
        assertThat(page.rows()).extracting(ParsedRow::key).containsExactly("in:ana-invented-1");
        assertThat(page.coverage().complete()).isTrue();
    }

    @Test
    void namesAndHeadlinesArePlainCappedText() {
        String longName = "Ana " + "Invented ".repeat(100);
        ParsedPage page = parser.parse("<ul><li><a href=/in/ana-invented-1/><b>" + longName + "</b></a>"
                + "<p>  Chief&nbsp;&nbsp;<i>Everything</i>\u202FOfficer </p><p>Sent today</p><button>Withdraw</button></li></ul>");
        ParsedRow row = page.rows().get(0);
        assertThat(row.name().codePointCount(0, row.name().length())).isEqualTo(PlainText.MAX_LENGTH + 1);
        assertThat(row.name()).endsWith("…");
        assertThat(row.headline()).isEqualTo("Chief Everything Officer");
    }
}
