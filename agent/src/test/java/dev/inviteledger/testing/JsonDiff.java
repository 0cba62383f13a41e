package dev.inviteledger.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Path-by-path differences between two JSON trees, so a failing fixture says which row and field moved. */
public final class JsonDiff {
    private JsonDiff() {}

    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("$", expected, actual, out);
        return out;
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(fields::add);
            actual.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                diff(path + "." + f, expected.path(f), actual.path(f), out);
            }
        } else if (expected.isArray() && actual.isArray()) {
            int n = Math.max(expected.size(), actual.size());
            for (int i = 0; i < n; i++) {
                String at = path + "[" + i + "]" + label(expected.get(i), actual.get(i));
                if (i >= expected.size()) {
                    out.add(at + ": unexpected " + actual.get(i));
                } else if (i >= actual.size()) {
                    out.add(at + ": missing " + expected.get(i));
                } else {
                    diff(at, expected.get(i), actual.get(i), out);
                }
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + show(expected) + " but was " + show(actual));
        }
    }

    private static String label(JsonNode expected, JsonNode actual) {
        JsonNode row = expected != null ? expected : actual;
        return row != null && row.has("key") ? "(" + row.get("key").asText() + ")" : "";
    }

    private static String show(JsonNode node) {
        return node.isMissingNode() ? "(absent)" : node.toString();
    }
}
