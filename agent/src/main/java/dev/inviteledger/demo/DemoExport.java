package dev.inviteledger.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the demo user's LinkedIn data export as LinkedIn does: a zip with Connections.csv (after its
 * "Notes:" preamble) and Invitations.csv, so the demo imports it through the real reader.
 */
final class DemoExport {
    static final String FILE_NAME = "linkedin-data-export-demo.zip";
    private static final String VIEWER = "Alex Rivera";
    private static final String VIEWER_URL = "https://www.linkedin.com/in/alex-rivera-demo";
    private static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.US);
    private static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("M/d/yy, h:mm a", Locale.US);

    record Connection(String name, String slug, LocalDate connectedOn) {}

    record OpenInvitation(String name, String slug, Instant sentAt, String note) {}

    private DemoExport() {}

    static void writeZip(Path zip, List<Connection> connections, List<OpenInvitation> open) {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("Connections.csv"));
            writeConnections(new OutputStreamWriter(out, StandardCharsets.UTF_8), connections);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("Invitations.csv"));
            writeInvitations(new OutputStreamWriter(out, StandardCharsets.UTF_8), open);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo data export " + zip, e);
        }
    }

    private static void writeConnections(Writer writer, List<Connection> connections) throws IOException {
        writer.write("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses "
                + "are missing. You will only see email addresses for connections who have allowed their connections "
                + "to see or download their email address.\"\n\n");
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On");
        for (Connection c : connections) {
            String[] names = splitName(c.name());
            csv.printRecord(names[0], names[1], "https://www.linkedin.com/in/" + c.slug(), "", "", "",
                    CONNECTED_ON.format(c.connectedOn()));
        }
        csv.flush();
    }

    private static void writeInvitations(Writer writer, List<OpenInvitation> open) throws IOException {
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl");
        for (OpenInvitation i : open) {
            csv.printRecord(VIEWER, i.name(), SENT_AT.format(i.sentAt().atZone(ZoneOffset.UTC)),
                    i.note() == null ? "" : i.note(), "OUTGOING", VIEWER_URL, "https://www.linkedin.com/in/" + i.slug());
        }
        // LinkedIn lists invitations the user received too; the import skips them
        csv.printRecord("Jordan Lee", VIEWER, "3/2/26, 8:15 AM", "", "INCOMING", "https://www.linkedin.com/in/jordan-lee-demo",
                VIEWER_URL);
        csv.flush();
    }

    private static String[] splitName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }
}
