package dev.inviteledger.dataexport;

import dev.inviteledger.ledger.ExportedInvitation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * LinkedIn's Invitations.csv: {@code From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl}.
 * OUTGOING rows are the user's open invitations; INCOMING rows are invitations the user received and are
 * skipped. "Sent At" ({@code 3/5/26, 1:45 AM}) carries no zone: it is read as UTC, the zone LinkedIn's
 * export uses for its timestamps as far as anyone has documented (docs/ledger.md says what a wrong
 * assumption would cost).
 */
final class InvitationsCsv {
    static final String FILE = "Invitations.csv";
    static final List<String> COLUMNS = List.of("From", "To", "Sent At", "Message", "Direction", "inviteeProfileUrl");

    private static final DateTimeFormatter SENT_AT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("M/d/")
            .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 4, LocalDate.of(2000, 1, 1))
            .appendPattern("[,] h:mm a")
            .toFormatter(Locale.US);

    record Parsed(List<ExportedInvitation> outgoing, int incoming, List<String> warnings) {}

    private InvitationsCsv() {}

    static Parsed parse(String text) {
        List<ExportedInvitation> outgoing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int incoming = 0;
        for (CsvTable.Row row : CsvTable.read(FILE, text, COLUMNS)) {
            String direction = row.get("Direction").strip();
            if (direction.equalsIgnoreCase("INCOMING")) {
                incoming++;
                continue;
            }
            if (!direction.equalsIgnoreCase("OUTGOING")) {
                throw new MalformedExportException(FILE, row.line(), "Direction must be OUTGOING or INCOMING, not \""
                        + clip(direction) + "\"");
            }
            LocalDateTime sentAt = parseSentAt(row.get("Sent At"), row.line());
            String origin = FILE + ":" + row.line();
            String slug = ProfileKeys.slug(row.get("inviteeProfileUrl"));
            if (slug == null) {
                // invitations sent to an e-mail address carry no profile; the page shows those by name
                warnings.add(origin + ": an outgoing invitation without a profile URL was skipped");
                continue;
            }
            String name = row.get("To").strip();
            outgoing.add(new ExportedInvitation("in:" + slug, name.isEmpty() ? null : name,
                    ProfileKeys.canonicalProfileUrl(slug), sentAt.toInstant(ZoneOffset.UTC),
                    !row.get("Message").isBlank(), origin));
        }
        return new Parsed(outgoing, incoming, warnings);
    }

    static LocalDateTime parseSentAt(String raw, long line) {
        String text = raw.replace('\u202F', ' ').replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
        try {
            return LocalDateTime.parse(text, SENT_AT);
        } catch (DateTimeParseException e) {
            throw new MalformedExportException(FILE, line, "\"Sent At\" is not a date like 3/5/26, 1:45 AM: \""
                    + clip(text) + "\"");
        }
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
