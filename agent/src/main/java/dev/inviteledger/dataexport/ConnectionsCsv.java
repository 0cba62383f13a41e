package dev.inviteledger.dataexport;

import dev.inviteledger.ledger.ExportedConnection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * LinkedIn's Connections.csv: a few "Notes:" lines, then
 * {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On} with days like {@code 15 Jan 2024}.
 * A row gives evidence under its profile key and, when LinkedIn shares it, under its e-mail key too
 * (people invited by e-mail are keyed by address on the Sent page).
 */
final class ConnectionsCsv {
    static final String FILE = "Connections.csv";
    static final List<String> COLUMNS = List.of("First Name", "Last Name", "URL", "Email Address", "Connected On");

    private static final DateTimeFormatter CONNECTED_ON = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu").toFormatter(Locale.US);

    record Parsed(List<ExportedConnection> connections, List<String> warnings) {}

    private ConnectionsCsv() {}

    static Parsed parse(String text) {
        List<ExportedConnection> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int withoutKey = 0;
        for (CsvTable.Row row : CsvTable.read(FILE, text, COLUMNS)) {
            LocalDate day = parseDay(row.get("Connected On"), row.line());
            String profileKey = ProfileKeys.keyForProfileUrl(row.get("URL"));
            String emailKey = ProfileKeys.keyForEmail(row.get("Email Address"));
            if (profileKey != null) {
                out.add(new ExportedConnection(profileKey, day));
            }
            if (emailKey != null) {
                out.add(new ExportedConnection(emailKey, day));
            }
            if (profileKey == null && emailKey == null) {
                withoutKey++;
            }
        }
        if (withoutKey > 0) {
            warnings.add(FILE + ": " + withoutKey + " connection(s) without a profile URL or e-mail were skipped");
        }
        return new Parsed(out, warnings);
    }

    static LocalDate parseDay(String raw, long line) {
        String text = raw.replace('\u00A0', ' ').strip();
        try {
            return LocalDate.parse(text, CONNECTED_ON);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text); // ISO days, in case an export uses them
            } catch (DateTimeParseException again) {
                throw new MalformedExportException(FILE, line, "\"Connected On\" is not a day like 15 Jan 2024: \""
                        + InvitationsCsv.clip(text) + "\"");
            }
        }
    }
}
