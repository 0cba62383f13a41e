package dev.inviteledger.autostart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing and removing autostart entry files: whole file or nothing, never a half-written entry. */
final class EntryFiles {
    private EntryFiles() {}

    static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".invite-ledger-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes a file or a (possibly dangling) symlink; true if something was removed. */
    static boolean remove(Path file) throws IOException {
        return Files.deleteIfExists(file);
    }

    static boolean present(Path file) {
        return Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** Removes {@code dir} and its parents while they are empty, stopping below {@code stop}: empty dirs carry no setting. */
    static void removeEmptyDirectories(Path dir, Path stop) throws IOException {
        for (Path d = dir; d != null && !d.equals(stop) && d.startsWith(stop); d = d.getParent()) {
            if (!Files.exists(d, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }
}
