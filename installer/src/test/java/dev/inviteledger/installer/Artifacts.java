package dev.inviteledger.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the build put the installers (system properties set by the installer pom). */
final class Artifacts {
    static final long MIB = 1024 * 1024;

    private Artifacts() {}

    static Path target() {
        return Path.of(required("installer.target"));
    }

    static String version() {
        return required("installer.version");
    }

    static Path appImage() {
        Path image = target().resolve("invite-ledger");
        if (!Files.isExecutable(image.resolve("bin/invite-ledger"))) {
            throw new AssertionError("no app-image at " + image + ": build it with mvn -B package -pl installer -am");
        }
        return image;
    }

    static Path deb() throws IOException {
        try (Stream<Path> files = Files.list(target())) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().matches("invite-ledger_.*\\.deb")).toList();
            if (debs.size() != 1) {
                throw new AssertionError("expected one invite-ledger_*.deb in " + target() + ", found " + debs
                        + ": build it with mvn -B package -pl installer -am");
            }
            return debs.get(0);
        }
    }

    static Path moduleList() {
        return target().getParent().resolve("src/main/packaging/jlink-modules.txt");
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new AssertionError("system property " + property + " is not set: run the tests through Maven (mvn -B verify)");
        }
        return value;
    }
}
