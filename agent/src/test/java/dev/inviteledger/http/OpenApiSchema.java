package dev.inviteledger.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks JSON values against the schemas of our OpenAPI document: the subset of JSON Schema it uses
 * ({@code $ref}, {@code type} (one or several), {@code enum}, {@code oneOf}, {@code properties},
 * {@code required}, {@code additionalProperties: false}, {@code items}). Enough to keep the document honest
 * about every field the agent sends.
 */
final class OpenApiSchema {
    private final JsonNode document;

    OpenApiSchema(JsonNode document) {
        this.document = document;
    }

    /** Problems found, each naming where in the value; empty when the value fits. */
    List<String> check(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("dangling $ref " + node.get("$ref"));
            }
        }
        return current;
    }

    private void check(JsonNode value, JsonNode rawSchema, String where, List<String> problems) {
        JsonNode schema = resolve(rawSchema);
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                if (check(value, option).isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                problems.add(where + ": matches " + matches + " of the oneOf options, not exactly one: " + abbreviate(value));
            }
            return;
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            problems.add(where + ": " + kind(value) + " is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                problems.add(where + ": " + abbreviate(value) + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            checkObject(value, schema, where, problems);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), where + "[" + i + "]", problems);
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String where, List<String> problems) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(where + ": missing required field \"" + required.asText() + "\"");
            }
        }
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            seen.add(field.getKey());
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), where + "." + field.getKey(), problems);
            } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                problems.add(where + ": undocumented field \"" + field.getKey() + "\"");
            }
        }
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase();
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
