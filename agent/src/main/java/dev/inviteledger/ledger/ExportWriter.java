package dev.inviteledger.ledger;

import dev.inviteledger.config.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@link ExportRow}s as JSON ({@code {"invitations":[…]}}) or as spreadsheet-safe CSV. */
public final class ExportWriter {
    public static final List<String> CSV_COLUMNS = List.of("key", "name", "headline", "profileUrl", "status",
            "sentAtEarliest", "sentAtLatest", "firstSeen", "lastSeen", "hasNote", "closedAt", "closedAs",
            "withdrawnAt", "resendEligibleAt", "resendCount");

    private ExportWriter() {}

    public static void json(List<ExportRow> rows, OutputStream out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("invitations", rows);
        out.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(doc)); // leaves `out` open
    }

    /** CSV with a header row; every text cell goes through {@link #spreadsheetSafe(String)}. Flushes, leaves {@code out} open. */
    public static void csv(List<ExportRow> rows, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS.toArray(String[]::new))
                .setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        {
            for (ExportRow r : rows) {
                printer.printRecord(safe(r.key()), safe(r.name()), safe(r.headline()), safe(r.profileUrl()), r.status(),
                        time(r.sentAt() == null ? null : r.sentAt().earliest()),
                        time(r.sentAt() == null ? null : r.sentAt().latest()),
                        time(r.firstSeen()), time(r.lastSeen()), r.hasNote(), time(r.closedAt()),
                        r.closedAs() == null ? "" : r.closedAs(), time(r.withdrawnAt()), time(r.resendEligibleAt()),
                        r.resendCount());
            }
            printer.flush();
        }
    }

    private static String safe(String s) {
        return s == null ? "" : spreadsheetSafe(s);
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }

    /**
     * Spreadsheet formula injection guard (OWASP "CSV injection"): a cell starting with =, +, -, @, tab or
     * carriage return would be evaluated by Excel / LibreOffice / Sheets, and scraped names are anyone's
     * text, so such a cell gets a leading apostrophe, which spreadsheets show as plain text.
     */
    public static String spreadsheetSafe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
