package dev.inviteledger.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The extension zip the installers put next to the agent's jar: {@code <jar dir>/extension/invite-ledger-extension-*.zip}
 * (in the app-image {@code lib/app/extension/}, in the .deb {@code /opt/invite-ledger/lib/app/extension/}).
 */
public final class BundledExtension {
    public static final String DIRECTORY = "extension";
    static final String GLOB = "invite-ledger-extension-*.zip";

    private BundledExtension() {}

    public static Optional<Path> find(Path appDirectory) {
        Path dir = appDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(dir, GLOB)) {
            for (Path zip : zips) {
                return Optional.of(zip);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The {@code version} of the zip's top-level {@code manifest.json}. */
    public static String manifestVersion(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry manifest = file.getEntry("manifest.json");
            if (manifest == null) {
                throw new IOException("no manifest.json at the top of " + zip.getFileName());
            }
            try (InputStream in = file.getInputStream(manifest)) {
                JsonNode version = Json.mapper().readTree(in).path("version");
                if (!version.isTextual()) {
                    throw new IOException("manifest.json in " + zip.getFileName() + " has no version");
                }
                return version.asText();
            }
        }
    }
}
