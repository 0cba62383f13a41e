package dev.inviteledger.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyException;
import dev.inviteledger.policy.PolicyField;
import dev.inviteledger.policy.PolicySetting;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy settings.
 * <ul>
 *   <li>{@code GET /api/v1/settings}: every value in effect with its default, range, unit, meaning and source,
 *       the value saved in the ledger, and whether {@code serve --policy FILE} overrides it;</li>
 *   <li>{@code PUT /api/v1/settings}: a partial object ({@code {"withdrawAfterDays": 14}}; {@code null} resets a
 *       key to its default). Validated as a whole together with the saved values and the file (a bad value is
 *       400 naming the key, and nothing is saved), then saved in one transaction.</li>
 * </ul>
 */
public final class SettingsRoutes implements RouteModule {

    /**
     * One setting.
     *
     * @param value          the value in effect
     * @param savedValue     the value saved in the ledger (what PUT changes), or null when it keeps the default
     * @param overridden     the value in effect differs from the default
     * @param fromPolicyFile {@code serve --policy FILE} sets this key: a saved value has no effect while it does
     */
    public record Setting(String key, Number value, Number savedValue, Number defaultValue, Number min, Number max,
                          String unit, String description, String source, boolean overridden, boolean fromPolicyFile) {}

    public record SettingsView(List<Setting> settings) {}

    private final ApiServices services;

    public SettingsRoutes(ApiServices services) {
        this.services = services;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/settings", Access.TOKEN, ctx -> ctx.json(view(services.ledger().settings())));
        routes.put("/api/v1/settings", Access.TOKEN, this::put);
    }

    private void put(Context ctx) {
        JsonNode body = JsonBody.read(ctx, JsonNode.class);
        if (!body.isObject()) {
            throw ApiError.badRequest("invalid-setting", "The body must be a JSON object of settings, e.g. {\"withdrawAfterDays\": 14}.");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (PolicyField.byKey(e.getKey()).isEmpty()) {
                throw ApiError.badRequest("invalid-setting", "Unknown setting" + plainName(e.getKey())
                        + " (known: " + String.join(", ", PolicyField.keys()) + ").");
            }
            changes.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().toString());
        }
        // validated and saved in one ledger transaction, so no other update can slip in between
        Map<String, String> after = services.ledger().updateSettings(saved -> {
            changes.forEach((key, value) -> {
                if (value == null) {
                    saved.remove(key);
                } else {
                    saved.put(key, value);
                }
            });
            try {
                services.policy().effective(saved); // the saved values, then the --policy file on top: the whole rule set
            } catch (PolicyException e) {
                throw ApiError.badRequest("invalid-setting", "Nothing was saved: " + e.getMessage() + ".");
            }
            return saved;
        });
        ctx.json(view(after));
    }

    private SettingsView view(Map<String, String> saved) {
        Policy effective = services.policy().effective(saved);
        Map<String, Number> savedValues = savedNumbers(saved);
        Set<String> fileKeys = services.policy().fileKeys();
        List<Setting> settings = new ArrayList<>();
        for (PolicySetting s : effective.describe()) {
            settings.add(new Setting(s.key(), s.value(), savedValues.get(s.key()), s.defaultValue(), s.min(), s.max(),
                    s.unit(), s.description(), s.source(), s.overridden(), fileKeys.contains(s.key())));
        }
        return new SettingsView(settings);
    }

    /** The saved policy values, as numbers of the right kind; keys never saved are absent. */
    private static Map<String, Number> savedNumbers(Map<String, String> saved) {
        Policy policy = Policy.fromSettings(saved);
        Map<String, Number> out = new LinkedHashMap<>();
        for (PolicyField f : PolicyField.values()) {
            if (saved.containsKey(f.key())) {
                out.put(f.key(), f.valueIn(policy));
            }
        }
        return out;
    }

    private static String plainName(String key) {
        return key.matches("[A-Za-z][A-Za-z0-9_]{0,39}") ? " \"" + key + "\"" : "";
    }
}
