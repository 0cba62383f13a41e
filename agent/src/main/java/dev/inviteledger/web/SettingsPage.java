package dev.inviteledger.web;

import dev.inviteledger.http.PairingService;
import dev.inviteledger.http.TokenRecord;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyField;
import dev.inviteledger.policy.PolicySetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every policy value with where its default comes from, pairing the extension, and tokens. */
public final class SettingsPage {

    /**
     * @param formError a problem not tied to one field, or null
     * @param saved     the last save went through
     */
    public record View(Chrome chrome, List<Field> fields, String formError, boolean saved, boolean anyFixed,
                       List<Pairing> pairings, List<Token> tokens) {}

    /**
     * One setting as a form field. {@code value} is what the user typed when the save was refused.
     *
     * @param fixed set by {@code serve --policy FILE}: shown, not editable here
     */
    public record Field(String key, String label, String value, String defaultValue, String min, String max,
                        String step, String unit, String description, String source, String error, boolean fixed,
                        boolean overridden) {}

    /** A waiting pairing request; the user types the code its popup shows. */
    public record Pairing(String id, String label, String origin, String version, String requested, String expires,
                          String error) {}

    public record Token(long id, String label, String kind, String created, String lastUsed, boolean active,
                        String revoked) {}

    private static final Map<String, String> LABELS = Map.of(
            "pendingCap", "Pending cap",
            "watchAt", "Watch level",
            "nearCapAt", "Near-cap level",
            "weeklyLimit", "Weekly limit",
            "withdrawAfterDays", "Withdraw after",
            "overdueAfterDays", "Overdue after",
            "dailyWithdrawals", "Withdrawals per day",
            "resendCooldownDays", "Re-send cooldown",
            "acceptanceQuantile", "Acceptance quantile");

    private SettingsPage() {}

    /**
     * @param typed  what the user submitted when a save was refused (key → text), else empty
     * @param errors refused keys → message, else empty
     */
    static View build(Chrome chrome, Policy policy, Set<String> fixed, Map<String, String> typed,
                      Map<String, String> errors, boolean saved, List<PairingService.PendingView> pending,
                      Map<String, String> pairingErrors, List<TokenRecord> tokens, Fmt fmt) {
        List<Field> fields = new ArrayList<>();
        for (PolicySetting s : policy.describe()) {
            PolicyField f = PolicyField.byKey(s.key()).orElseThrow();
            String value = typed.containsKey(s.key()) ? typed.get(s.key()) : Fmt.decimal(s.value());
            fields.add(new Field(s.key(), LABELS.getOrDefault(s.key(), s.key()), value, Fmt.decimal(s.defaultValue()),
                    Fmt.decimal(s.min()), Fmt.decimal(s.max()), f.kind() == PolicyField.Kind.WHOLE ? "1" : "0.01",
                    s.unit(), s.description(), s.source(), errors.get(s.key()), fixed.contains(s.key()), s.overridden()));
        }
        String formError = errors.entrySet().stream().filter(e -> PolicyField.byKey(e.getKey()).isEmpty())
                .map(e -> e.getKey() + ": " + e.getValue()).findFirst().orElse(null);
        long fieldErrors = errors.keySet().stream().filter(k -> PolicyField.byKey(k).isPresent()).count();
        if (formError == null && fieldErrors > 0) {
            formError = "Nothing was saved: " + (fieldErrors == 1 ? "one value needs" : fieldErrors + " values need")
                    + " fixing (marked below).";
        }
        List<Pairing> pairings = pending.stream().map(p -> new Pairing(p.pairingId(),
                p.label() == null || p.label().isBlank() ? "Invite Ledger extension" : p.label(), p.origin(),
                p.extensionVersion(), fmt.relative(p.createdAt()), fmt.relative(p.expiresAt()),
                pairingErrors.get(p.pairingId()))).toList();
        List<Token> tokenViews = new ArrayList<>();
        for (TokenRecord t : tokens) {
            tokenViews.add(new Token(t.id(), t.label() == null || t.label().isBlank() ? "(no label)" : t.label(),
                    t.origin() == null ? "script token" : "extension", fmt.dateTime(t.createdAt()),
                    t.lastUsedAt() == null ? "never" : fmt.relative(t.lastUsedAt()), t.active(),
                    t.revokedAt() == null ? null : fmt.dateTime(t.revokedAt())));
        }
        java.util.Collections.reverse(tokenViews);
        return new View(chrome, fields, formError, saved, !fixed.isEmpty(), pairings, tokenViews);
    }
}
