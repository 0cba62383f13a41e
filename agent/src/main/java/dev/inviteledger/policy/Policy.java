package dev.inviteledger.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.Json;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules the engine applies, as one immutable value. Every instance is valid: the constructor
 * refuses out-of-range values and broken cross-field rules with a {@link PolicyException} naming the key.
 * Defaults and their sources live in {@link PolicyField}; see docs/policy.md.
 *
 * <p>Reading a {@code --policy FILE} or the settings table is the caller's job; this class only turns
 * already-read text, JSON trees and maps into a policy and back.
 */
public record Policy(int pendingCap, double watchAt, double nearCapAt, int weeklyLimit,
                     int withdrawAfterDays, int overdueAfterDays, int dailyWithdrawals,
                     int resendCooldownDays, double acceptanceQuantile) {

    private static final Policy DEFAULTS = new Policy(500, 0.6, 0.8, 100, 21, 60, 50, 21, 0.95);

    public Policy {
        PolicyRules.requireValid(valuesOf(pendingCap, watchAt, nearCapAt, weeklyLimit, withdrawAfterDays,
                overdueAfterDays, dailyWithdrawals, resendCooldownDays, acceptanceQuantile));
    }

    public static Policy defaults() {
        return DEFAULTS;
    }

    /** A JSON object of overrides on top of the defaults; unknown keys and wrong types are refused. */
    public static Policy fromJson(JsonNode overrides) {
        return DEFAULTS.withOverrides(overrides);
    }

    /** Same as {@link #fromJson} for an already-parsed map (e.g. a request body or a test table). */
    public static Policy fromMap(Map<String, ?> overrides) {
        return fromJson(Json.mapper().valueToTree(overrides));
    }

    /** JSON text (the content of a {@code --policy} file) on top of the defaults. */
    public static Policy parse(String jsonText) {
        return fromJson(PolicyParser.readTree("policy", jsonText));
    }

    /**
     * Reads the ledger's settings table (key -> JSON value text). Keys that are not policy settings are
     * ignored, because the table holds other settings too; a policy key with a bad value is refused.
     */
    public static Policy fromSettings(Map<String, String> settings) {
        ObjectNode node = Json.mapper().createObjectNode();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (PolicyField.byKey(e.getKey()).isPresent()) {
                node.set(e.getKey(), PolicyParser.readTree(e.getKey(), e.getValue()));
            }
        }
        return fromJson(node);
    }

    /**
     * The one layering rule every surface uses: defaults, then the saved settings, then a {@code --policy} file's
     * values on top (empty or null: none).
     */
    public static Policy fromSettings(Map<String, String> settings, JsonNode fileOverrides) {
        Policy saved = fromSettings(settings);
        return fileOverrides == null || fileOverrides.isEmpty() ? saved : saved.withOverrides(fileOverrides);
    }

    /** This policy with the given keys replaced (a partial PUT /settings body). */
    public Policy withOverrides(JsonNode overrides) {
        return PolicyParser.apply(this, overrides);
    }

    /** This policy with one value replaced (validated). */
    public Policy with(PolicyField field, Number value) {
        Map<PolicyField, Number> values = values();
        values.put(field, value);
        return fromValues(values);
    }

    /** Key -> JSON value text, for the ledger's settings table. Round-trips through {@link #fromSettings}. */
    public Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        toJson().fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().toString()));
        return out;
    }

    /** All keys in catalogue order, e.g. {@code {"pendingCap":500,"watchAt":0.6,...}}. */
    public ObjectNode toJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        for (Map.Entry<PolicyField, Number> e : values().entrySet()) {
            Number v = e.getValue();
            if (e.getKey().kind() == PolicyField.Kind.WHOLE) {
                node.put(e.getKey().key(), v.intValue());
            } else {
                node.put(e.getKey().key(), v.doubleValue());
            }
        }
        return node;
    }

    /** Every setting with its current value next to its default, range, unit, description and source. */
    public List<PolicySetting> describe() {
        return values().entrySet().stream().map(e -> PolicySetting.of(e.getKey(), e.getValue())).toList();
    }

    /** Only the keys whose value differs from the default (what a settings file needs to hold). */
    public Map<String, Number> overrides() {
        Map<String, Number> out = new LinkedHashMap<>();
        for (PolicyField f : PolicyField.values()) {
            Number v = f.valueIn(this);
            if (!PolicyRules.same(v, f.defaultValue())) {
                out.put(f.key(), v);
            }
        }
        return out;
    }

    EnumMap<PolicyField, Number> values() {
        return valuesOf(pendingCap, watchAt, nearCapAt, weeklyLimit, withdrawAfterDays, overdueAfterDays,
                dailyWithdrawals, resendCooldownDays, acceptanceQuantile);
    }

    static Policy fromValues(Map<PolicyField, Number> v) {
        return new Policy(
                v.get(PolicyField.PENDING_CAP).intValue(),
                v.get(PolicyField.WATCH_AT).doubleValue(),
                v.get(PolicyField.NEAR_CAP_AT).doubleValue(),
                v.get(PolicyField.WEEKLY_LIMIT).intValue(),
                v.get(PolicyField.WITHDRAW_AFTER_DAYS).intValue(),
                v.get(PolicyField.OVERDUE_AFTER_DAYS).intValue(),
                v.get(PolicyField.DAILY_WITHDRAWALS).intValue(),
                v.get(PolicyField.RESEND_COOLDOWN_DAYS).intValue(),
                v.get(PolicyField.ACCEPTANCE_QUANTILE).doubleValue());
    }

    private static EnumMap<PolicyField, Number> valuesOf(int pendingCap, double watchAt, double nearCapAt,
                                                          int weeklyLimit, int withdrawAfterDays,
                                                          int overdueAfterDays, int dailyWithdrawals,
                                                          int resendCooldownDays, double acceptanceQuantile) {
        EnumMap<PolicyField, Number> v = new EnumMap<>(PolicyField.class);
        v.put(PolicyField.PENDING_CAP, pendingCap);
        v.put(PolicyField.WATCH_AT, watchAt);
        v.put(PolicyField.NEAR_CAP_AT, nearCapAt);
        v.put(PolicyField.WEEKLY_LIMIT, weeklyLimit);
        v.put(PolicyField.WITHDRAW_AFTER_DAYS, withdrawAfterDays);
        v.put(PolicyField.OVERDUE_AFTER_DAYS, overdueAfterDays);
        v.put(PolicyField.DAILY_WITHDRAWALS, dailyWithdrawals);
        v.put(PolicyField.RESEND_COOLDOWN_DAYS, resendCooldownDays);
        v.put(PolicyField.ACCEPTANCE_QUANTILE, acceptanceQuantile);
        return v;
    }
}
