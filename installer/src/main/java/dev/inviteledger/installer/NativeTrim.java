package dev.inviteledger.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies the shaded jar without sqlite-jdbc's native libraries for other platforms: the installers are built
 * per OS and CPU, and sqlite-jdbc loads only {@code org/sqlite/native/<its OSInfo folder>/}. Saves ~20 MB unpacked.
 */
public final class NativeTrim {
    static final String NATIVE_ROOT = "org/sqlite/native/";

    private NativeTrim() {}

    /** Whether the jar entry survives when only {@code keepFolder} (e.g. {@code Linux/x86_64}) is kept. */
    static boolean keep(String entryName, String keepFolder) {
        if (!entryName.startsWith(NATIVE_ROOT)) {
            return true;
        }
        String rest = entryName.substring(NATIVE_ROOT.length());
        String keep = keepFolder.endsWith("/") ? keepFolder : keepFolder + "/";
        // keep the directory entries leading to the kept folder, and everything in it
        return rest.isEmpty() || rest.startsWith(keep) || (rest.endsWith("/") && keep.startsWith(rest));
    }

    /** @return the number of native library files kept (must be at least one). */
    public static int copy(Path jar, Path target, String keepFolder) throws IOException {
        int kept = 0;
        Files.createDirectories(target.getParent());
        try (ZipFile in = new ZipFile(jar.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!keep(entry.getName(), keepFolder)) {
                    continue;
                }
                if (entry.getName().startsWith(NATIVE_ROOT) && !entry.isDirectory()) {
                    kept++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        if (kept == 0) {
            Files.delete(target);
            throw new IOException("no sqlite native library under " + NATIVE_ROOT + keepFolder + " in " + jar
                    + ": sqlite-jdbc would not load on this platform");
        }
        return kept;
    }

    /**
     * Writes the native libraries of {@code keepFolder} to {@code dir} (e.g. {@code lib/app/native/Linux/x86_64/}),
     * so the launcher can point sqlite-jdbc at them ({@code org.sqlite.lib.path}) instead of it extracting its
     * library into the temp directory at every start.
     *
     * @return the file names written
     */
    public static java.util.List<String> extract(Path jar, String keepFolder, Path dir) throws IOException {
        String prefix = NATIVE_ROOT + (keepFolder.endsWith("/") ? keepFolder : keepFolder + "/");
        java.util.List<String> names = new java.util.ArrayList<>();
        Files.createDirectories(dir);
        try (ZipFile in = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || name.substring(prefix.length()).contains("/")) {
                    continue;
                }
                String file = name.substring(prefix.length());
                try (InputStream data = in.getInputStream(entry)) {
                    Files.copy(data, dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                names.add(file);
            }
        }
        if (names.isEmpty()) {
            throw new IOException("no sqlite native library under " + prefix + " in " + jar);
        }
        return names;
    }
}
