package dev.inviteledger.policy;

/**
 * One row of the settings page / docs table: a setting's current value beside its default, range,
 * unit, meaning and the source of the default.
 *
 * @param overridden true when the value differs from the default
 */
public record PolicySetting(String key, Number value, Number defaultValue, Number min, Number max,
                            String unit, String description, String source, boolean overridden) {

    static PolicySetting of(PolicyField f, Number value) {
        return new PolicySetting(f.key(), value, f.defaultValue(), f.min(), f.max(), f.unit(),
                f.description(), f.source(), !PolicyRules.same(value, f.defaultValue()));
    }
}
