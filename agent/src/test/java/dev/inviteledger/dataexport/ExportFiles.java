package dev.inviteledger.dataexport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes invented LinkedIn data exports (folder or zip) for tests. */
final class ExportFiles {
    static final String INVITATIONS_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";
    static final String CONNECTIONS_PREAMBLE = "Notes:\n"
            + "\"When exporting your connection data, you may notice that some of the email addresses are missing."
            + " You will only see email addresses for connections who have allowed their connections to see or download"
            + " their email address using this setting https://www.linkedin.com/psettings/privacy/email.\"\n"
            + "\n";
    static final String CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    /** A small realistic export: one outgoing invitation with a note, one without, one incoming; two connections. */
    static final String INVITATIONS = INVITATIONS_HEADER
            + "Me Example,Ada Example,\"2/16/26, 3:30 PM\",\"Hi Ada, loved your talk\",OUTGOING,https://www.linkedin.com/in/me-example,https://www.linkedin.com/in/ada-example\n"
            + "Me Example,Carol Example,\"2/28/26, 11:05 PM\",,OUTGOING,https://www.linkedin.com/in/me-example,https://www.linkedin.com/in/Carol-Example/\n"
            + "Grace Example,Me Example,\"3/1/26, 8:00 AM\",Hello!,INCOMING,https://www.linkedin.com/in/grace-example,https://www.linkedin.com/in/me-example\n";
    static final String CONNECTIONS = CONNECTIONS_PREAMBLE + CONNECTIONS_HEADER
            + "Bob,Example,https://www.linkedin.com/in/bob-example,,Example Corp,Engineer,05 Mar 2026\n"
            + "Zed,Example,https://www.linkedin.com/in/zed-example,zed@example.com,,,15 Jan 2024\n";

    private ExportFiles() {}

    static Path folder(Path dir, String invitations, String connections) throws IOException {
        Files.createDirectories(dir);
        if (invitations != null) {
            Files.writeString(dir.resolve("Invitations.csv"), invitations, StandardCharsets.UTF_8);
        }
        if (connections != null) {
            Files.writeString(dir.resolve("Connections.csv"), connections, StandardCharsets.UTF_8);
        }
        return dir;
    }

    static Path zip(Path file, String invitations, String connections) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (invitations != null) {
            entries.put("Invitations.csv", invitations);
        }
        if (connections != null) {
            entries.put("Connections.csv", connections);
        }
        entries.put("Profile.csv", "First Name,Last Name\nMe,Example\n");
        return zip(file, entries);
    }

    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
