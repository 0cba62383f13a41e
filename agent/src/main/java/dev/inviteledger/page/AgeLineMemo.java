package dev.inviteledger.page;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link AgeLineParser#parse} for the rows of one page, each distinct line parsed once: the same few
 * wordings ("Sent 2 weeks ago") repeat on hundreds of rows, and so do many headlines, which are
 * tried first (they come before the age line).
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
