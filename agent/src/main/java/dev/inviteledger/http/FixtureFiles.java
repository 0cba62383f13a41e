package dev.inviteledger.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Fixture files in one directory, named {@code <name>-<yyyyMMdd'T'HHmmss'Z'>.html} from the capture time. The
 * client's name is reduced to {@code [a-z0-9-]} (at most 60 characters, default {@code sent}), so it can never
 * name another directory; an existing file is never overwritten ({@code -2}, {@code -3}, ... are appended);
 * the content appears at once, complete (written beside it, then renamed).
 */
final class FixtureFiles {
    static final String DIRECTORY = "fixtures";
    static final int MAX_BASE_LENGTH = 60;
    private static final int MAX_ATTEMPTS = 1000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path directory;

    FixtureFiles(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** {@code [a-z0-9-]} only, no leading or trailing dash; {@code sent} when nothing is left. */
    static String baseName(String requested) {
        if (requested == null) {
            return "sent";
        }
        String base = requested.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > MAX_BASE_LENGTH) {
            base = base.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
        }
        return base.isEmpty() ? "sent" : base;
    }

    Path save(String requestedName, Instant capturedAt, String content) throws IOException {
        createDirectory();
        String stem = baseName(requestedName) + "-" + STAMP.format(capturedAt);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Path target = directory.resolve(stem + (attempt == 1 ? "" : "-" + attempt) + ".html");
            if (!target.getParent().equals(directory)) {
                throw new IllegalStateException("fixture name escaped its directory");
            }
            try {
                // Reserve the name first: CREATE_NEW fails if it exists, so two saves never share a file.
                Files.write(target, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            Path tmp = Files.createTempFile(directory, ".fixture-", ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        }
        throw new IOException("too many fixtures named " + stem);
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }
}
