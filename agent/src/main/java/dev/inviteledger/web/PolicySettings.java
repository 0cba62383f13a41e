package dev.inviteledger.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.http.PolicySource;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyException;
import dev.inviteledger.policy.PolicyField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings form over the agent's {@link PolicySource} (defaults, then the ledger's saved settings, then
 * the values of {@code serve --policy FILE}, which the page shows read-only). Saving validates the result
 * as a whole, with the file on top, and stores nothing when any value is refused.
 */
public final class PolicySettings {
    private final Ledger ledger;
    private final PolicySource source;
    private volatile String conflict;

    public PolicySettings(Ledger ledger, PolicySource source) {
        this.ledger = ledger;
        this.source = source;
    }

    /**
     * The policy in force. Should the saved settings no longer fit the file's values (checked at start, but
     * the API can save later), the file's values over the defaults apply and {@link #conflict()} says why.
     */
    public Policy current() {
        try {
            Policy policy = source.current();
            conflict = null;
            return policy;
        } catch (PolicyException e) {
            conflict = "Saved settings do not fit the policy file (" + e.getMessage() + "): using the file's values "
                    + "and the defaults until you save new settings.";
            return source.effective(Map.of());
        }
    }

    /** Why the saved settings are not in force, or null when they are. */
    public String conflict() {
        return conflict;
    }

    /** Keys set by {@code serve --policy FILE}: shown, not editable here. */
    public Set<String> fixedKeys() {
        return source.fileKeys();
    }

    /**
     * Saves the submitted values (key → text as typed) of the keys the file does not set. Only values that
     * differ from the default are stored; a value set back to its default is removed.
     *
     * @return the policy now in force
     * @throws PolicyException naming each refused key; nothing was saved
     */
    public Policy save(Map<String, String> typed) {
        ObjectNode overrides = Json.mapper().createObjectNode();
        List<PolicyException.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : typed.entrySet()) {
            if (fixedKeys().contains(e.getKey()) || PolicyField.byKey(e.getKey()).isEmpty()) {
                continue;
            }
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (text.isEmpty()) {
                problems.add(new PolicyException.Problem(e.getKey(), "needs a value"));
                continue;
            }
            try {
                overrides.put(e.getKey(), new BigDecimal(text));
            } catch (NumberFormatException notANumber) {
                overrides.put(e.getKey(), text); // the policy names it: "must be a number, got text ..."
            }
        }
        Policy[] inForce = new Policy[1];
        // read, validate and write in one ledger transaction: the API's PUT /settings cannot interleave
        ledger.updateSettings(saved -> {
            Policy updated;
            try {
                updated = savedOrDefaults(saved).withOverrides(overrides);
            } catch (PolicyException refused) {
                problems.addAll(refused.problems());
                throw new PolicyException(problems);
            }
            if (!problems.isEmpty()) {
                throw new PolicyException(problems);
            }
            Map<String, String> values = updated.toSettings();
            Map<String, String> defaults = Policy.defaults().toSettings();
            overrides.fieldNames().forEachRemaining(key -> {
                if (defaults.get(key).equals(values.get(key))) {
                    saved.remove(key);
                } else {
                    saved.put(key, values.get(key));
                }
            });
            inForce[0] = source.effective(saved); // with the file on top: cross-field rules across both
            return saved;
        });
        return inForce[0];
    }

    private static Policy savedOrDefaults(Map<String, String> saved) {
        try {
            return Policy.fromSettings(saved);
        } catch (PolicyException e) {
            return Policy.defaults();
        }
    }
}
