package dev.inviteledger.page;

import java.util.List;

/** What the parser recognised on one captured Sent page. */
public record ParsedPage(List<ParsedRow> rows, Coverage coverage, List<String> warnings) {
    public ParsedPage {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
