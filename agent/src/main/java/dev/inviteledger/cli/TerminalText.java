package dev.inviteledger.cli;

/** Scraped names are hostile: never let one move the cursor, clear the screen or reverse text in a terminal. */
final class TerminalText {
    private TerminalText() {}

    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(isUnsafe(cp) ? '\uFFFD' : cp));
        return b.toString();
    }

    private static boolean isUnsafe(int cp) {
        int type = Character.getType(cp);
        // Control characters carry ANSI escapes; format characters include the bidi overrides (U+202E …).
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
