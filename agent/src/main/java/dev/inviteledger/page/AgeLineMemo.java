package dev.inviteledger.page;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link AgeLineParser#parse} for the rows of one page. The same few wordings ("Sent 2 weeks ago")
 * repeat on hundreds of rows, so each is parsed once; lines that are no age (headlines, mostly
 * distinct) are not remembered.
 */
final class AgeLineMemo {
    private final Map<String, AgeDays> ages = new HashMap<>();

    AgeDays parse(String line) {
        AgeDays known = ages.get(line);
        if (known != null) {
            return known;
        }
        AgeDays parsed = AgeLineParser.parse(line);
        if (parsed != null) {
            ages.put(line, parsed);
        }
        return parsed;
    }
}
