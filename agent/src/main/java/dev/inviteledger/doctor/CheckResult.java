package dev.inviteledger.doctor;

/**
 * One line of {@code doctor}'s answer.
 *
 * @param name short name of what was checked ("port", "database", ...)
 * @param level ok, warn or fail
 * @param detail what was found, in plain words
 * @param action what the user should do about it; empty when nothing
 */
public record CheckResult(String name, Level level, String detail, String action) {

    public static CheckResult ok(String name, String detail) {
        return new CheckResult(name, Level.OK, detail, "");
    }

    public static CheckResult warn(String name, String detail, String action) {
        return new CheckResult(name, Level.WARN, detail, action);
    }

    public static CheckResult fail(String name, String detail, String action) {
        return new CheckResult(name, Level.FAIL, detail, action);
    }

    /** {@code [warn] name: detail -> action}, on one line. */
    public String line() {
        String text = String.format("[%-4s] %-10s %s", level.label(), name + ":", detail);
        return action.isBlank() ? text : text + " -> " + action;
    }
}
