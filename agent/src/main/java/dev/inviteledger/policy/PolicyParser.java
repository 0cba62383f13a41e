package dev.inviteledger.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON tree -> policy values, refusing unknown keys and wrong types with messages that name the key. */
final class PolicyParser {
    private static final int SHOWN_CHARS = 40;

    private PolicyParser() {}

    static JsonNode readTree(String key, String jsonText) {
        if (jsonText == null) {
            throw PolicyException.of(key, "is missing");
        }
        try {
            JsonNode node = Json.mapper().readTree(jsonText);
            if (node == null || node.isMissingNode()) {
                throw PolicyException.of(key, "is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw PolicyException.of(key, "is not valid JSON" + where);
        }
    }

    static Policy apply(Policy base, JsonNode overrides) {
        if (overrides == null || !overrides.isObject()) {
            throw PolicyException.of("policy", "must be a JSON object of settings, got " + describe(overrides));
        }
        List<PolicyException.Problem> problems = new ArrayList<>();
        EnumMap<PolicyField, Number> values = base.values();
        List<PolicyField> given = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = overrides.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Optional<PolicyField> field = PolicyField.byKey(e.getKey());
            if (field.isEmpty()) {
                problems.add(new PolicyException.Problem(shorten(e.getKey()),
                        "unknown setting (known: " + String.join(", ", PolicyField.keys()) + ")"));
                continue;
            }
            try {
                values.put(field.get(), number(field.get(), e.getValue()));
                given.add(field.get());
            } catch (PolicyException bad) {
                problems.addAll(bad.problems());
            }
        }
        for (PolicyField f : given) {
            PolicyRules.rangeProblem(f, values.get(f)).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            problems.addAll(PolicyRules.problems(values));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(PolicyParser::catalogueOrder));
            throw new PolicyException(problems);
        }
        return Policy.fromValues(values);
    }

    private static Number number(PolicyField f, JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw PolicyException.of(f.key(), "must be a number, got " + describe(node));
        }
        if (f.kind() == PolicyField.Kind.FRACTION) {
            return node.doubleValue();
        }
        BigDecimal d = node.decimalValue();
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw PolicyException.of(f.key(), "must be a whole number, got " + d.toPlainString());
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException tooBig) {
            throw PolicyException.of(f.key(), "must be between " + PolicyField.format(f.min()) + " and "
                    + PolicyField.format(f.max()) + ", got " + d.toBigInteger());
        }
    }

    private static int catalogueOrder(PolicyException.Problem p) {
        return PolicyField.byKey(p.key()).map(Enum::ordinal).orElse(PolicyField.values().length);
    }

    /** What the user gave, in a few words: never echo a long hostile string back whole. */
    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "text \"" + shorten(node.textValue()) + "\"";
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return shorten(node.toString());
    }

    private static String shorten(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= SHOWN_CHARS ? flat : flat.substring(0, SHOWN_CHARS) + "…";
    }
}
