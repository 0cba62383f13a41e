package dev.inviteledger.dataexport;

import dev.inviteledger.ledger.DataExport;
import dev.inviteledger.ledger.ExportedConnection;
import dev.inviteledger.ledger.ExportedInvitation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads LinkedIn's data export — the downloaded zip or the folder it was extracted to — into a
 * {@link DataExport}. Only Invitations.csv and Connections.csv are read, looked up by name at the top
 * level: nothing is extracted (so entry names such as {@code ../x} cannot write anywhere), and each
 * entry is read with a size cap that counts the bytes actually inflated (zip bombs lie in their headers).
 * Every problem is a {@link MalformedExportException} naming the file and line, raised before anything is written.
 */
public final class DataExportReader {
    /** Tens of thousands of connections are a few MiB; anything this large is not LinkedIn's export. */
    public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private DataExportReader() {}

    public static DataExport read(Path path) {
        return read(path, MAX_ENTRY_BYTES);
    }

    static DataExport read(Path path, long maxBytes) {
        String invitations;
        String connections;
        if (Files.isDirectory(path)) {
            invitations = readFromFolder(path, InvitationsCsv.FILE, maxBytes);
            connections = readFromFolder(path, ConnectionsCsv.FILE, maxBytes);
        } else if (Files.isRegularFile(path)) {
            String[] both = readFromZip(path, maxBytes);
            invitations = both[0];
            connections = both[1];
        } else {
            throw new MalformedExportException(path.toString(), 0, "no such file or folder");
        }
        if (invitations == null && connections == null) {
            throw new MalformedExportException(path.toString(), 0, "holds neither " + InvitationsCsv.FILE + " nor "
                    + ConnectionsCsv.FILE + " (is this LinkedIn's data export?)");
        }
        List<ExportedInvitation> outgoing = List.of();
        List<ExportedConnection> conns = List.of();
        List<String> warnings = new ArrayList<>();
        int incoming = 0;
        if (invitations != null) {
            InvitationsCsv.Parsed p = InvitationsCsv.parse(invitations);
            outgoing = p.outgoing();
            incoming = p.incoming();
            warnings.addAll(p.warnings());
        }
        if (connections != null) {
            ConnectionsCsv.Parsed p = ConnectionsCsv.parse(connections);
            conns = p.connections();
            warnings.addAll(p.warnings());
        }
        return new DataExport(outgoing, conns, incoming, warnings);
    }

    private static String readFromFolder(Path folder, String name, long maxBytes) {
        Path file = findChild(folder, name);
        if (file == null) {
            return null;
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw new MalformedExportException(name, 0, "larger than " + maxBytes + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return decode(name, readCapped(in, name, maxBytes));
            }
        } catch (IOException e) {
            throw new MalformedExportException(name, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static Path findChild(Path folder, String name) {
        Path exact = folder.resolve(name);
        if (Files.isRegularFile(exact, LinkOption.NOFOLLOW_LINKS)) {
            return exact;
        }
        try (var children = Files.list(folder)) {
            return children.filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new MalformedExportException(folder.toString(), 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static String[] readFromZip(Path zip, long maxBytes) {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            return new String[] {entry(file, InvitationsCsv.FILE, maxBytes), entry(file, ConnectionsCsv.FILE, maxBytes)};
        } catch (ZipException e) {
            throw new MalformedExportException(zip.getFileName().toString(), 0, "is not a readable zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new MalformedExportException(zip.getFileName().toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The top-level entry with this name (any letter case); never a path with folders. */
    private static String entry(ZipFile zip, String name, long maxBytes) throws IOException {
        ZipEntry found = zip.getEntry(name);
        if (found == null || found.isDirectory()) {
            found = null;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    found = e;
                    break;
                }
            }
        }
        if (found == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(found)) {
            return decode(name, readCapped(in, name, maxBytes));
        }
    }

    private static byte[] readCapped(InputStream in, String name, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new MalformedExportException(name, 0, "larger than " + maxBytes + " bytes once unpacked; refused");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedExportException(name, 0, "is not UTF-8 text");
        }
    }
}
