package dev.inviteledger.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The captured Sent pages under src/test/resources/dev/inviteledger/page/fixtures, found by listing the folder. */
public final class Fixtures {
    static final String FOLDER = "/dev/inviteledger/page/fixtures";

    private Fixtures() {}

    public static Path folder() {
        URL url = Fixtures.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("fixture folder " + FOLDER + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code <name>.html}, sorted by name. */
    public static List<Path> pages() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String name(Path page) {
        String file = page.getFileName().toString();
        return file.substring(0, file.length() - ".html".length());
    }

    public static Path expectedFor(Path page) {
        return page.resolveSibling(name(page) + ".expected.json");
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
