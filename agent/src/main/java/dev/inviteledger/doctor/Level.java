package dev.inviteledger.doctor;

/** How a check came out: fine, worth knowing, or needs the user's action (then {@code doctor} exits 1). */
public enum Level {
    OK("ok"), WARN("warn"), FAIL("FAIL");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
