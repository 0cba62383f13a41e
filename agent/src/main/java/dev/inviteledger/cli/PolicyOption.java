package dev.inviteledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        ObjectNode overrides = overrides();
        try {
            return Policy.fromSettings(savedSettings, overrides); // the same layering as `serve`
        } catch (IllegalArgumentException e) {
            throw new CliException("invalid policy file " + file + ": " + e.getMessage());
        }
    }

    /**
     * The file's values, validated on their own (so an error names the file's key, not a saved setting);
     * an empty object without {@code --policy}.
     *
     * @throws CliException when the file cannot be read or holds an invalid value
     */
    public ObjectNode overrides() {
        if (file == null) {
            return Json.mapper().createObjectNode();
        }
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot read policy file " + file + ": " + e.getMessage());
        }
        try {
            Policy.parse(json);
            return (ObjectNode) Json.mapper().readTree(json);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException("invalid policy file " + file + ": " + e.getMessage());
        }
    }

    public boolean given() {
        return file != null;
    }
}
