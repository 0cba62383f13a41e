package dev.inviteledger.page;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A captured page saved as a test fixture: active content removed, optionally anonymized
 * ({@link FixtureAnonymizer}), and the capture's time, zone and URL embedded in the head as
 * {@code <meta name="invite-ledger:captured-at" content="2026-11-22T10:00:00Z">},
 * {@code <meta name="invite-ledger:zone" content="Europe/Paris">} and
 * {@code <meta name="invite-ledger:url" content="https://www.linkedin.com/mynetwork/invitation-manager/sent/">},
 * which {@code replay} reads as its defaults. Existing {@code invite-ledger:*} metas are replaced.
 */
public final class FixturePage {
    public static final String META_CAPTURED_AT = "invite-ledger:captured-at";
    public static final String META_ZONE = "invite-ledger:zone";
    public static final String META_URL = "invite-ledger:url";
    private static final String META_PREFIX = "invite-ledger:";

    /** Elements that run or load something; none of them is read by the parser. */
    private static final String ACTIVE = "script, iframe, frame, frameset, object, embed, applet, portal, base, link, "
            + "meta[http-equiv]";

    private FixturePage() {}

    /** The fixture file's content. */
    public static String render(String capturedHtml, Instant capturedAt, ZoneId zone, String url, boolean anonymize) {
        Document doc = parse(capturedHtml);
        stripActiveContent(doc);
        if (anonymize) {
            FixtureAnonymizer.anonymize(doc);
        }
        embed(doc, capturedAt, zone, url);
        return html(doc);
    }

    static Document parse(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        // Keep whitespace as captured: pretty-printing would add text the parser then reads.
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    static String html(Document doc) {
        return doc.outerHtml();
    }

    /** Scripts, frames, plug-ins, {@code on*} handlers and {@code javascript:} URLs go: a fixture is data. */
    static void stripActiveContent(Document doc) {
        doc.select(ACTIVE).remove();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : new ArrayList<>(e.attributes().asList())) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cc}]", "");
                if (name.startsWith("on") || value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || (value.startsWith("data:") && !name.equals("src"))) {
                    e.removeAttr(a.getKey());
                }
            }
        }
    }

    static void embed(Document doc, Instant capturedAt, ZoneId zone, String url) {
        Element head = doc.head();
        head.select("meta[name^=" + META_PREFIX + "]").remove();
        Element charset = head.selectFirst("meta[charset]");
        if (charset == null) {
            charset = head.prependElement("meta").attr("charset", "utf-8");
        }
        // Right after the charset, which must stay first.
        charset.after(meta(META_URL, url == null ? "" : url))
                .after(meta(META_ZONE, zone.getId()))
                .after(meta(META_CAPTURED_AT, capturedAt.toString()));
    }

    private static Element meta(String name, String content) {
        return new Element("meta").attr("name", name).attr("content", content);
    }
}
