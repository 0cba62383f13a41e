package dev.inviteledger.extension.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Fixture pages from src/test/resources/fixtures, with the fake LinkedIn page script inlined. */
final class FixturePages {
    static final String SENT_URL = "https://www.linkedin.com/mynetwork/invitation-manager/sent/";

    private FixturePages() {}

    static String genD() {
        return withScript(resource("sent-gen-d.html"));
    }

    static String genC() {
        return withScript(resource("sent-gen-c.html"));
    }

    /** A generation-D page with n invented invitations (the 1,500-row overlay budget run). */
    static String generated(int n) {
        String[] ages = {"Sent today", "Sent 2 days ago", "Sent 1 week ago", "Sent 2 weeks ago", "Sent 3 weeks ago",
                "Sent 1 month ago", "Sent 2 months ago", "Sent 3 months ago", "Sent 5 months ago", "Sent 1 year ago"};
        StringBuilder rows = new StringBuilder(n * 900);
        for (int i = 0; i < n; i++) {
            String name = "Testperson " + Integer.toString(i, 36).toUpperCase() + " Example";
            String slug = "testperson-" + i + "-example";
            rows.append("    <div role=\"listitem\" class=\"a3f9c1 b81d2e\">\n")
                .append("      <div class=\"c71e09\">\n")
                .append("        <figure aria-label=\"").append(name).append("’s profile picture\" class=\"d5e0aa\"><img alt=\"\"></figure>\n")
                .append("        <div class=\"e4b2f1\">\n")
                .append("          <a href=\"https://www.linkedin.com/in/").append(slug).append("/\" class=\"f09d3e\"><div class=\"j1c2d3\"><p class=\"k4e5f6\"><span data-name>")
                .append(name).append("</span></p></div></a>\n")
                .append("          <p class=\"g2c4d8\">Invented role ").append(i % 97).append(" at Example Co</p>\n")
                .append("          <p class=\"h6a1f0\">").append(ages[i % ages.length]).append("</p>\n")
                .append("        </div>\n")
                .append("        <a aria-label=\"Withdraw invitation sent to ").append(name)
                .append("\" href=\"https://www.linkedin.com/mynetwork/invitation-manager/sent/#withdraw\" class=\"i8e2b7\"><span>Withdraw</span></a>\n")
                .append("      </div>\n")
                .append("    </div>\n");
        }
        return withScript(resource("sent-generated-shell.html"))
                .replace("{{rows}}", rows)
                .replace("{{count}}", String.valueOf(n));
    }

    static String resourceAt(String absolute) {
        try (InputStream in = FixturePages.class.getResourceAsStream(absolute)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + absolute);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withScript(String html) {
        return html.replace("{{page-script}}", resource("fake-linkedin.js"));
    }

    static String resource(String name) {
        try (InputStream in = FixturePages.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource fixtures/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
