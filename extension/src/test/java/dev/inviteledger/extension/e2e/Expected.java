package dev.inviteledger.extension.e2e;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The test's oracle for the overlay wording: what a badge or the panel must say for a given agent
 * answer. Written independently from the extension's overlay-text.js on purpose.
 */
final class Expected {
    private Expected() {}

    static String range(JsonNode r, String unit) {
        if (r == null || r.isNull() || r.path("min").isNull() || r.path("min").isMissingNode()) {
            return "?";
        }
        long min = r.path("min").asLong();
        JsonNode max = r.path("max");
        return max.isNull() || max.isMissingNode() || max.asLong() == min ? min + unit : min + "–" + max.asLong() + unit;
    }

    static String status(JsonNode inv) {
        JsonNode age = inv.path("ageDays");
        String status = inv.path("status").asText("pending");
        return age.isObject() ? status + " · " + range(age, " d") : status + " · age ?";
    }

    /** "withdraw today #k", "batch N", or null when the invitation is not in the plan (or kept). */
    static String plan(JsonNode inv) {
        JsonNode plan = inv.path("plan");
        if (!plan.isObject() || inv.path("keep").asBoolean(false)) {
            return null;
        }
        if (plan.path("today").asBoolean(false)) {
            return "withdraw today #" + plan.path("rank").asInt();
        }
        return plan.path("batch").isNull() || plan.path("batch").isMissingNode() ? null : "batch " + plan.path("batch").asInt();
    }

    static String noNote(JsonNode inv) {
        return inv.path("hasNote").isBoolean() && !inv.path("hasNote").asBoolean() ? "no note" : null;
    }

    static String resent(JsonNode inv) {
        int n = inv.path("resendCount").asInt(0);
        return n > 0 ? "re-sent ×" + n : null;
    }

    /** The profile slug of an overlay row: its key is {@code in:<slug>} when the row has a profile link. */
    static String slug(JsonNode inv) {
        String key = inv.path("key").asText("");
        return key.startsWith("in:") ? key.substring(3) : null;
    }

    static String orQ(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? "?" : n.asText();
    }
}
