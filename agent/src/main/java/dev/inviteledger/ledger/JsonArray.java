package dev.inviteledger.ledger;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Collection;

/**
 * Strings as a JSON array (a merge's keys for SQLite's json_each, a capture's warnings), quoted by Jackson's own
 * encoder: the ObjectMapper's general path (serializer lookup, a generator per call) cost more than the query it feeds,
 * once per capture.
 */
final class JsonArray {
    private JsonArray() {}

    static String of(Collection<String> values) {
        StringBuilder out = new StringBuilder(values.size() * 32 + 2).append('[');
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        for (String v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(encoder.quoteAsString(v)).append('"');
        }
        return out.append(']').toString();
    }
}
