package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The bounded visible-text read the "People (N)" search uses so it never reads a whole list. */
class PlainTextBoundTest {

    @Test
    void shortTextIsReadAsUsual() {
        Document doc = Jsoup.parse("<nav><a>People (<span>148</span>)</a></nav>");
        assertThat(PlainText.visibleText(doc.selectFirst("a"), 80)).isEqualTo("People (148)");
        assertThat(PlainText.visibleText(doc.selectFirst("a"))).isEqualTo("People (148)");
    }

    @Test
    void textOverTheBoundIsNull() {
        Document doc = Jsoup.parse("<main><p>" + "x".repeat(81) + "</p></main>");
        assertThat(PlainText.visibleText(doc.selectFirst("main"), 80)).isNull();
        assertThat(PlainText.visibleText(doc.selectFirst("main"), 81)).hasSize(81);
    }

    @Test
    void spacesDoNotCountTowardsTheBound() {
        Document doc = Jsoup.parse("<div>People" + " ".repeat(500) + "(3)</div>");
        assertThat(PlainText.visibleText(doc.selectFirst("div"), 80)).isEqualTo("People (3)");
    }

    @Test
    void thePillIsFoundNextToAPagesPillAboveALongList() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append("<div role=\"listitem\"><a href=\"https://www.linkedin.com/in/p-").append(i)
                .append("/\"><span>Person ").append(i).append("</span></a><p>Sent 2 weeks ago</p>")
                .append("<a aria-label=\"Withdraw invitation sent to Person ").append(i)
                .append("\" href=\"#\">Withdraw</a></div>");
        }
        String html = "<main><nav><a aria-current=\"true\">People (300)</a><a>Pages (0)</a></nav>"
                + "<div>" + rows + "</div></main>";
        ParsedPage page = new SentPageParser().parse(html);
        assertThat(page.coverage().totalShown()).isEqualTo(300);
        assertThat(page.rows()).hasSize(300);
        assertThat(page.coverage().complete()).isTrue();
    }
}
