package dev.inviteledger.autostart;

/** Yes, no, or "could not tell" (e.g. no systemd user session to ask). */
public enum Answer {
    YES, NO, UNKNOWN;

    public static Answer of(boolean value) {
        return value ? YES : NO;
    }

    public String word() {
        return switch (this) {
            case YES -> "yes";
            case NO -> "no";
            case UNKNOWN -> "unknown";
        };
    }
}
