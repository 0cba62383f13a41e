package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.report.CapturePipeline;
import dev.inviteledger.report.CaptureReport;
import dev.inviteledger.report.ReportedInvitation;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed fixture, anonymized: nobody's name or slug is left, and the page replays through the
 * whole capture path (parser, ledger, policy) to the same statuses, ages, flags, plan and counts.
 */
class FixtureAnonymizerTest {

    static Stream<Arguments> fixtures() {
        return Fixtures.pages().stream().map(p -> Arguments.of(Fixtures.name(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void anonymizedFixturesReplayTheSameAndNameNobody(String name, Path page) throws Exception {
        String original = Fixtures.read(page);
        JsonNode expected = Json.mapper().readTree(Fixtures.read(Fixtures.expectedFor(page)));
        Instant at = Instant.parse(expected.get("capturedAt").asText());
        String anonymized = FixtureAnonymizer.anonymize(original);

        CaptureReport before = replay(original, at);
        CaptureReport after = replay(anonymized, at);
        assertSameVerdicts(before, after);

        ParsedPage parsed = new SentPageParser().parse(original);
        List<String> corpus = corpus(anonymized);
        for (ParsedRow row : parsed.rows()) {
            assertAbsent(corpus, row.name(), name);
            if (row.headline() != null && row.headline().length() >= 4) {
                assertAbsent(corpus, row.headline(), name);
            }
            if (row.profileUrl() != null) {
                assertAbsent(corpus, "/in/" + row.key().substring(InvitationKeys.PROFILE_PREFIX.length()), name);
            }
        }
        // Every profile link left (rows, the viewer's own, suggestions) is a placeholder.
        for (Element a : Jsoup.parse(anonymized).select("a[href]")) {
            String slug = InvitationKeys.slugFromHref(a.attr("href"));
            assertThat(slug == null || slug.matches("person-\\d+")).as(name + ": " + a.attr("href")).isTrue();
        }
        assertThat(FixtureAnonymizer.anonymize(original)).as("deterministic").isEqualTo(anonymized);
    }

    @Test
    void replacesPeopleConsistentlyEverywhereTheyAppear() {
        String html = "<html><head><title>Sent | LinkedIn</title></head><body>"
                + "<header><nav><a href=\"https://www.linkedin.com/in/viewer-self-77/\">Vera Viewer</a></nav></header><main>"
                + "<a href=\"/mynetwork/invitation-manager/sent/\" aria-current=\"true\">People (3)</a><ul>"
                + row("ada-example", "Ada Example", "Head of Data at Example Corp", "Sent 3 weeks ago", "Hi Ada, loved your talk")
                + row("ada-example-smith", "Ada Example-Smith", "Engineer", "Sent 2 days ago", null)
                + "<li><div><p>zed@example.com</p><p>Sent today</p>"
                + "<button aria-label=\"Withdraw invitation sent to zed@example.com\">Withdraw</button></div></li>"
                + "</ul></main>"
                + "<div role=\"alert\"><p>Invitation to Ada withdrawn.</p></div>"
                + "<aside aria-label=\"People you may know\"><a href=\"/in/suggested-sue/\"><span>Sue Suggested</span></a></aside>"
                + "</body></html>";
        String out = FixtureAnonymizer.anonymize(html);
        List<String> corpus = corpus(out);
        for (String gone : List.of("Ada", "Ada Example", "Example Corp", "Example-Smith", "Head of Data", "loved your talk", "zed@", "viewer-self", "Vera Viewer",
                "suggested-sue", "Sue Suggested", "media.example")) {
            assertAbsent(corpus, gone, "synthetic page");
        }
        Document doc = Jsoup.parse(out);
        assertThat(doc.select("li a[href]").eachAttr("href"))
                .containsExactly("https://www.linkedin.com/in/person-1/", "https://www.linkedin.com/in/person-2/");
        assertThat(doc.select("li button").eachAttr("aria-label")).containsExactly("Withdraw invitation sent to Person 1",
                "Withdraw invitation sent to Person 2", "Withdraw invitation sent to person-3@example.com");
        assertThat(doc.select("figure").eachAttr("aria-label")).containsExactly("Person 1’s profile picture",
                "Person 2’s profile picture");
        assertThat(doc.select("img").eachAttr("src")).allMatch(String::isEmpty);
        assertThat(doc.select("[role=alert]").text()).isEqualTo("Invitation to Person 1 withdrawn.");

        ParsedPage parsed = new SentPageParser().parse(out);
        assertThat(parsed.rows()).extracting(ParsedRow::key)
                .containsExactly("in:person-1", "in:person-2", "email:person-3@example.com");
        assertThat(parsed.rows()).extracting(ParsedRow::name).containsExactly("Person 1", "Person 2", "person-3@example.com");
        assertThat(parsed.rows()).extracting(ParsedRow::headline).containsExactly("Headline 1", "Headline 2", null);
        assertThat(parsed.rows()).extracting(ParsedRow::hasNote).containsExactly(true, false, false);
        assertThat(parsed.coverage().complete()).isTrue();
    }

    @Test
    void aFixtureCarriesItsCaptureTimeZoneAndUrlAndNoActiveContent() {
        String html = "<html><head><script>alert(1)</script><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"
                + "<meta name=\"invite-ledger:zone\" content=\"Old/Zone\"></head>"
                + "<body onload=\"x()\"><a href=\"javascript:alert(1)\">x</a><iframe src=\"https://evil.example\"></iframe>"
                + "<p style=\"display:none\">hidden stays hidden</p></body></html>";
        String fixture = FixturePage.render(html, Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"),
                "https://www.linkedin.com/mynetwork/invitation-manager/sent/", false);
        Document doc = Jsoup.parse(fixture);
        assertThat(doc.select("meta[name=" + FixturePage.META_CAPTURED_AT + "]").attr("content")).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(doc.select("meta[name=" + FixturePage.META_ZONE + "]").eachAttr("content")).containsExactly("Europe/Paris");
        assertThat(doc.select("meta[name=" + FixturePage.META_URL + "]").attr("content"))
                .isEqualTo("https://www.linkedin.com/mynetwork/invitation-manager/sent/");
        assertThat(doc.select("script, iframe, meta[http-equiv]")).isEmpty();
        assertThat(doc.body().hasAttr("onload")).isFalse();
        assertThat(doc.select("a").attr("href")).isEmpty();
        assertThat(doc.select("p").attr("style")).isEqualTo("display:none");
    }

    private static String row(String slug, String name, String headline, String sent, String note) {
        return "<li><div><figure aria-label=\"" + name + "’s profile picture\"><img src=\"https://media.example/" + slug
                + ".jpg\" alt=\"\"></figure><a href=\"https://www.linkedin.com/in/" + slug + "/\"><span>" + name
                + "</span><span>" + headline + "</span></a><p>" + sent + "</p>"
                + (note == null ? "" : "<div data-testid=\"expandable-text-box\">" + note + "</div>")
                + "<button aria-label=\"Withdraw invitation sent to " + name + "\">Withdraw</button></div></li>";
    }

    private static CaptureReport replay(String html, Instant at) {
        try (Ledger ledger = Ledger.inMemory()) {
            Policy policy = Policy.defaults();
            return new CapturePipeline(ledger, new SentPageParser(), () -> policy, ZoneOffset.UTC)
                    .ingest(new CapturePipeline.Capture(null, at, "test", null, html, null));
        }
    }

    private static void assertSameVerdicts(CaptureReport before, CaptureReport after) {
        assertThat(after.coverage()).isEqualTo(before.coverage());
        assertThat(after.invitations()).hasSameSizeAs(before.invitations());
        for (int i = 0; i < before.invitations().size(); i++) {
            ReportedInvitation b = before.invitations().get(i);
            ReportedInvitation a = after.invitations().get(i);
            assertThat(List.of(a.status(), a.ageDays() == null ? "-" : a.ageDays(), a.age() == null ? "-" : a.age(), a.hasNote(),
                    a.flags(), a.plan() == null ? "-" : a.plan(), a.sentText() == null ? "-" : a.sentText(), keyKind(a.key())))
                    .as("row %d", i)
                    .isEqualTo(List.of(b.status(), b.ageDays() == null ? "-" : b.ageDays(), b.age() == null ? "-" : b.age(),
                            b.hasNote(), b.flags(), b.plan() == null ? "-" : b.plan(), b.sentText() == null ? "-" : b.sentText(),
                            keyKind(b.key())));
        }
        assertThat(after.headroom()).isEqualTo(before.headroom());
        assertThat(after.hints()).hasSameSizeAs(before.hints());
        assertThat(after.today()).isEqualTo(before.today());
        assertThat(after.unknownAge()).hasSameSizeAs(before.unknownAge());
        assertThat(after.warnings()).hasSameSizeAs(before.warnings());
    }

    private static String keyKind(String key) {
        return key.substring(0, key.indexOf(':') + 1);
    }

    /** Every text node and attribute value of the page, normalised, lower case. */
    private static List<String> corpus(String html) {
        List<String> out = new ArrayList<>();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            for (TextNode t : e.textNodes()) {
                out.add(normal(t.getWholeText()));
            }
            for (Attribute a : e.attributes()) {
                out.add(normal(a.getValue()));
            }
        }
        return out;
    }

    private static void assertAbsent(List<String> corpus, String text, String fixture) {
        String needle = normal(text.endsWith("…") ? text.substring(0, text.length() - 1) : text);
        assertThat(corpus).as("%s still contains \"%s\"", fixture, text).noneMatch(s -> s.contains(needle));
    }

    private static String normal(String s) {
        return PlainText.foldApostrophes(PlainText.normalize(s)).toLowerCase(Locale.ROOT);
    }
}
