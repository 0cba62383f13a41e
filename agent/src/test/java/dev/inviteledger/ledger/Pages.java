package dev.inviteledger.ledger;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.time.Instant;
import java.util.List;

/** Builds parser output directly, so ledger tests do not depend on the parser. Invented people only. */
final class Pages {
    private Pages() {}

    static ParsedRow row(String slug, String sentText, int min, int max) {
        return row(slug, sentText, new AgeDays(min, max), false);
    }

    static ParsedRow row(String slug, String sentText, AgeDays age, boolean hasNote) {
        return new ParsedRow("in:" + slug, "https://www.linkedin.com/in/" + slug + "/", nameOf(slug),
                "Headline of " + nameOf(slug), sentText, age, hasNote);
    }

    static ParsedRow named(String slug, String name, String headline, String sentText, AgeDays age, boolean hasNote) {
        return new ParsedRow("in:" + slug, "https://www.linkedin.com/in/" + slug + "/", name, headline, sentText, age, hasNote);
    }

    static String nameOf(String slug) {
        String first = slug.split("-")[0];
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " Example";
    }

    static ParsedPage complete(ParsedRow... rows) {
        return new ParsedPage(List.of(rows), new Coverage(rows.length, rows.length, true), List.of());
    }

    static ParsedPage partial(int totalShown, ParsedRow... rows) {
        return new ParsedPage(List.of(rows), new Coverage(rows.length, totalShown, false), List.of());
    }

    static CaptureInput capture(String isoTime, ParsedPage page) {
        return new CaptureInput(null, Instant.parse(isoTime), "test", "https://www.linkedin.com/mynetwork/invitation-manager/sent/",
                page, null);
    }

    static CaptureInput capture(String account, String isoTime, ParsedPage page) {
        return new CaptureInput(account, Instant.parse(isoTime), "test", null, page, null);
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static InvitationRecord only(Ledger ledger, String key) {
        List<InvitationRecord> all = ledger.history(Ledger.DEFAULT_ACCOUNT).invitations().stream()
                .filter(i -> i.key().equals(key)).toList();
        if (all.size() != 1) {
            throw new AssertionError("expected one invitation to " + key + " but found " + all.size());
        }
        return all.get(0);
    }

    static List<InvitationRecord> all(Ledger ledger, String key) {
        return ledger.history(Ledger.DEFAULT_ACCOUNT).invitations().stream().filter(i -> i.key().equals(key)).toList();
    }
}
