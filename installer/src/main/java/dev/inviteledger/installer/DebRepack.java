package dev.inviteledger.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Adds files outside the install directory to the .deb jpackage made (jpackage 17 puts everything under
 * /opt/invite-ledger), so dpkg owns them and removes them with the package: here the systemd user unit.
 */
final class DebRepack {
    private DebRepack() {}

    /** A file to add: its path inside the package (absolute, e.g. /usr/lib/systemd/user/x.service) and content. */
    record Addition(String packagePath, String content) {}

    static void addFiles(Path deb, Path output, List<Addition> additions, Path workDir) throws IOException {
        Path tree = workDir.resolve("deb-tree");
        Files.createDirectories(workDir);
        deleteRecursively(tree);
        Tools.run(List.of("dpkg-deb", "--raw-extract", deb.toString(), tree.toString()), workDir);
        for (Addition addition : additions) {
            Path file = tree.resolve(addition.packagePath().substring(1));
            Files.createDirectories(file.getParent());
            setDirectoryModes(tree, file.getParent());
            Files.writeString(file, addition.content(), java.nio.charset.StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            appendMd5sum(tree, addition);
        }
        Path control = tree.resolve("DEBIAN/control");
        Files.writeString(control, withInstalledSize(Files.readString(control), installedSizeKiB(tree)));
        Files.deleteIfExists(output);
        // --root-owner-group: files are root:root in the package even when built by a normal user
        Tools.run(List.of("dpkg-deb", "--root-owner-group", "-Zgzip", "-z9", "--build", tree.toString(), output.toString()), workDir);
        deleteRecursively(tree);
    }

    /** Keeps DEBIAN/md5sums (if the package has one) complete, so debsums does not flag the added file. */
    private static void appendMd5sum(Path tree, Addition addition) throws IOException {
        Path md5sums = tree.resolve("DEBIAN/md5sums");
        if (!Files.exists(md5sums)) {
            return;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(addition.content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String line = java.util.HexFormat.of().formatHex(digest) + "  " + addition.packagePath().substring(1) + "\n";
            Files.writeString(md5sums, line, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setDirectoryModes(Path tree, Path dir) throws IOException {
        for (Path d = dir; !d.equals(tree); d = d.getParent()) {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** dpkg's Installed-Size: KiB of the files, each rounded up, as dpkg-gencontrol counts. */
    static long installedSizeKiB(Path tree) throws IOException {
        Path debian = tree.resolve("DEBIAN");
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(p -> !p.startsWith(debian))
                    .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(p -> {
                        try {
                            return (Files.size(p) + 1023) / 1024;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sum();
        }
    }

    static String withInstalledSize(String control, long kib) {
        List<String> lines = new ArrayList<>();
        boolean replaced = false;
        for (String line : control.lines().toList()) {
            if (line.startsWith("Installed-Size:")) {
                lines.add("Installed-Size: " + kib);
                replaced = true;
            } else {
                lines.add(line);
            }
        }
        if (!replaced) {
            lines.add("Installed-Size: " + kib);
        }
        return String.join("\n", lines) + "\n";
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
