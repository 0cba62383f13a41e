package dev.inviteledger.page;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Renders a Sent page in the current (2026, "lazy column") generation from invented invitations.
 * It lives in this package because it is markup knowledge: the demo and the benchmarks feed its
 * output through the real parser, exactly as a live capture would be.
 */
public final class SyntheticSentPage {
    private SyntheticSentPage() {}

    /**
     * @param rows     the invitations on screen, in page order
     * @param total    the "People (N)" count LinkedIn would show (≥ rows when the list is lazy)
     * @param loadMore whether a "Load more" button is shown (the list is only partly on screen)
     */
    public static String render(List<SyntheticInvitation> rows, int total, boolean loadMore) {
        StringBuilder html = new StringBuilder(512 + rows.size() * 700);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<title>Sent invitations | LinkedIn</title></head><body>")
            .append("<header><nav aria-label=\"Primary\"><a href=\"/feed/\">Home</a>")
            .append("<a href=\"https://www.linkedin.com/in/viewer-self-0000/\">Me</a></nav></header>")
            .append("<main><h1>Manage invitations</h1><nav aria-label=\"Invitation type\">")
            .append("<a href=\"/mynetwork/invitation-manager/sent/CONNECTION/\" aria-current=\"true\">People (")
            .append(total).append(")</a><a href=\"/mynetwork/invitation-manager/sent/ORGANIZATION/\">Pages (0)</a></nav>")
            .append("<div data-testid=\"lazy-column\" data-component-type=\"LazyColumn\">");
        for (SyntheticInvitation row : rows) {
            appendRow(html, row);
        }
        html.append("</div>");
        if (loadMore) {
            html.append("<button type=\"button\"><span>Load more</span></button>");
        }
        html.append("</main><aside aria-label=\"People you may know\"><h2>People you may know</h2>")
            .append("<a href=\"https://www.linkedin.com/in/suggested-person-1111/\"><span>Suggested Person</span></a>")
            .append("<p>Sent you a post</p><button>Connect</button></aside></body></html>");
        return html.toString();
    }

    private static void appendRow(StringBuilder html, SyntheticInvitation row) {
        String name = Entities.escape(row.name());
        html.append("<div role=\"listitem\">");
        if (row.slug() != null) {
            html.append("<a href=\"https://www.linkedin.com/in/").append(Entities.escape(row.slug()))
                .append("/\"><div><p><span>").append(name).append("</span></p></div></a>");
        } else {
            html.append("<div><p><span>").append(name).append("</span></p></div>");
        }
        if (row.headline() != null) {
            html.append("<p>").append(Entities.escape(row.headline())).append("</p>");
        }
        html.append("<p>").append(sentText(row.ageDays())).append("</p>");
        if (row.note() != null) {
            html.append("<div data-testid=\"expandable-text-box\">").append(Entities.escape(row.note())).append("</div>");
        }
        html.append("<a aria-label=\"Withdraw invitation sent to ").append(name)
            .append("\" href=\"#\">Withdraw</a></div>");
    }

    /** LinkedIn's English wording for an exact age; coarse on purpose, like the real page. */
    public static String sentText(int ageDays) {
        if (ageDays <= 0) {
            return "Sent today";
        }
        if (ageDays == 1) {
            return "Sent yesterday";
        }
        if (ageDays < 7) {
            return "Sent " + ageDays + " days ago";
        }
        if (ageDays < 30) {
            return plural(ageDays / 7, "week");
        }
        if (ageDays < 365) {
            return plural(ageDays / 30, "month");
        }
        return plural(ageDays / 365, "year");
    }

    private static String plural(int n, String unit) {
        return "Sent " + n + " " + unit + (n == 1 ? "" : "s") + " ago";
    }
}
