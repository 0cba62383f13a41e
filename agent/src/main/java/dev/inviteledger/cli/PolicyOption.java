package dev.inviteledger.cli;

import dev.inviteledger.config.Json;
import dev.inviteledger.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --policy FILE}: a JSON object overriding policy values (validated; a bad key is named). */
public final class PolicyOption {
    @Option(names = "--policy", paramLabel = "FILE",
            description = "JSON file of policy values, e.g. {\"withdrawAfterDays\": 14}. Unlisted values keep their defaults or settings.")
    Path file;

    /**
     * The policy to use: defaults, then the ledger's saved settings, then the file on top.
     *
     * @throws CliException when the file cannot be read or holds an invalid value
     */
    public Policy resolve(Map<String, String> savedSettings) {
        if (file == null) {
            return Policy.fromSettings(savedSettings);
        }
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot read policy file " + file + ": " + e.getMessage());
        }
        try {
            // Validate the file on its own first, so an error names the file's key, not a saved setting.
            Policy.parse(json);
            Map<String, String> merged = new LinkedHashMap<>(savedSettings);
            Json.mapper().readTree(json).fields().forEachRemaining(f -> merged.put(f.getKey(), f.getValue().toString()));
            return Policy.fromSettings(merged);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException("invalid policy file " + file + ": " + e.getMessage());
        }
    }

    public boolean given() {
        return file != null;
    }
}
