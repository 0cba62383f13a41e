package dev.inviteledger.page;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link AgeLineParser#parse} for the lines inside a row's profile link (tried when no line outside it reads as an age), each distinct line parsed once (the
 * lines outside it are memoized with their clean form by {@link RowTextReader}): the same few wordings
 * ("Sent 2 weeks ago") repeat on hundreds of rows.
 */
final class AgeLineMemo {
    /** Stands for "not an age" in the map. */
    private static final AgeDays NONE = new AgeDays(0, 0);

    private final Map<String, AgeDays> ages = new HashMap<>();

    AgeDays parse(String line) {
        AgeDays known = ages.get(line);
        if (known == null) {
            AgeDays parsed = AgeLineParser.parse(line);
            known = parsed == null ? NONE : parsed;
            ages.put(line, known);
        }
        return known == NONE ? null : known;
    }
}
