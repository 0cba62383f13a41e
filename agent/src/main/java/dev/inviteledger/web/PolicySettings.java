package dev.inviteledger.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyException;
import dev.inviteledger.policy.PolicyField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The policy the pages evaluate with: defaults, then the ledger's saved settings, then the values fixed by
 * {@code serve --policy FILE} (which the settings page shows read-only). Saving validates the whole result
 * first and stores nothing when any value is refused.
 */
public final class PolicySettings {
    private final Ledger ledger;
    private final Map<String, String> fixed;
    private volatile String conflict;

    /** @param fixedByFile key → JSON value text from the policy file (already validated), empty without one */
    public PolicySettings(Ledger ledger, Map<String, String> fixedByFile) {
        this.ledger = ledger;
        this.fixed = Map.copyOf(fixedByFile);
    }

    /**
     * The policy in force. Should saved settings no longer fit the file's values (say the file raised
     * withdrawAfterDays above a saved overdueAfterDays), the file's values over the defaults apply and
     * {@link #conflict()} says why.
     */
    public Policy current() {
        Map<String, String> merged = new LinkedHashMap<>(ledger.settings());
        merged.putAll(fixed);
        try {
            Policy policy = Policy.fromSettings(merged);
            conflict = null;
            return policy;
        } catch (PolicyException e) {
            conflict = "Saved settings do not fit the policy file (" + e.getMessage() + "): using the file's values "
                    + "and the defaults until you save new settings.";
            return Policy.fromSettings(fixed);
        }
    }

    /** Why the saved settings are not in force, or null when they are. */
    public String conflict() {
        return conflict;
    }

    public Set<String> fixedKeys() {
        return fixed.keySet();
    }

    /**
     * Saves the submitted values (key → text as typed) of the keys not fixed by the file.
     *
     * @return the new policy
     * @throws PolicyException naming each refused key; nothing was saved
     */
    public Policy save(Map<String, String> typed) {
        ObjectNode overrides = Json.mapper().createObjectNode();
        List<PolicyException.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : typed.entrySet()) {
            if (fixed.containsKey(e.getKey()) || PolicyField.byKey(e.getKey()).isEmpty()) {
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
        Policy updated;
        try {
            updated = current().withOverrides(overrides);
        } catch (PolicyException refused) {
            problems.addAll(refused.problems());
            throw new PolicyException(problems);
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        Map<String, String> store = new LinkedHashMap<>();
        Map<String, String> values = updated.toSettings();
        for (PolicyField f : PolicyField.values()) {
            if (fixed.containsKey(f.key()) || !typed.containsKey(f.key())) {
                continue;
            }
            boolean isDefault = Policy.defaults().toSettings().get(f.key()).equals(values.get(f.key()));
            store.put(f.key(), isDefault ? null : values.get(f.key()));
        }
        ledger.putSettings(store);
        return updated;
    }
}
