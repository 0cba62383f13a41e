package dev.inviteledger.http;

/**
 * Cleans short free text a client chose (labels, version strings) before it is kept. It stays hostile
 * text — pages escape it — but control and bidi-override characters, which can disguise what a user
 * reads on the status page, are removed, and the length is capped.
 */
public final class FreeText {
    private FreeText() {}

    public static String clean(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        // Line breaks and tabs become spaces first, so words they separated stay apart.
        text.replaceAll("[\\t\\n\\r\\f\\u000B]", " ").codePoints()
                .filter(cp -> {
                    int type = Character.getType(cp);
                    return type != Character.CONTROL && type != Character.FORMAT
                            && type != Character.UNASSIGNED && type != Character.SURROGATE && type != Character.PRIVATE_USE;
                })
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip().replaceAll("\\s+", " ");
        if (cleaned.codePointCount(0, cleaned.length()) <= maxLength) {
            return cleaned;
        }
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, maxLength));
    }
}
