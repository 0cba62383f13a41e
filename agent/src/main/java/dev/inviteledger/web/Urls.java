package dev.inviteledger.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Same-origin links with encoded query values: account names and keys are outside text. */
public final class Urls {
    private Urls() {}

    /** {@code path?k1=v1&k2=v2}, leaving out pairs whose value is null or blank. */
    public static String of(String path, String... keyValues) {
        StringBuilder url = new StringBuilder(path);
        char sep = '?';
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            String value = keyValues[i + 1];
            if (value == null || value.isBlank()) {
                continue;
            }
            url.append(sep).append(keyValues[i]).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }

    /** A LinkedIn profile link only when it really is one (the ledger stores canonical URLs; be sure anyway). */
    public static String profile(String profileUrl) {
        return profileUrl != null && profileUrl.startsWith("https://www.linkedin.com/in/") ? profileUrl : null;
    }

    /** Where the user withdraws by hand. */
    public static final String SENT_TAB = "https://www.linkedin.com/mynetwork/invitation-manager/sent/";
}
