package dev.inviteledger.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The policy in effect: defaults, then the ledger's saved settings, then the values of {@code serve --policy FILE}
 * on top (the file wins for the keys it lists, so a tester's file cannot be changed from the settings page).
 * Read on every use, so a saved change applies to the next request.
 */
public final class PolicySource {
    private final Ledger ledger;
    private final ObjectNode fileOverrides;

    /**
     * @param fileOverrides the {@code --policy} file's values, already validated on their own; empty for none
     */
    public PolicySource(Ledger ledger, ObjectNode fileOverrides) {
        this.ledger = ledger;
        this.fileOverrides = fileOverrides == null ? Json.mapper().createObjectNode() : fileOverrides.deepCopy();
    }

    public static PolicySource settingsOnly(Ledger ledger) {
        return new PolicySource(ledger, null);
    }

    /**
     * The policy for the next request.
     *
     * @throws PolicyException when the saved settings and the file do not make a valid policy together
     */
    public Policy current() {
        return effective(ledger.settings());
    }

    /** The policy these settings would give with the file on top (a PUT checks its result with this). */
    public Policy effective(Map<String, String> settings) {
        return Policy.fromSettings(settings, fileOverrides);
    }

    /** Keys whose value comes from the {@code --policy} file. */
    public Set<String> fileKeys() {
        Set<String> keys = new LinkedHashSet<>();
        fileOverrides.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
