package dev.inviteledger.doctor;

import java.util.ArrayList;
import java.util.List;

/** Runs the checks in order; a check that throws anyway is reported as a failure of that check, not of doctor. */
public final class Doctor {
    private final List<NamedCheck> checks;

    public record NamedCheck(String name, Check check) {}

    public Doctor(List<NamedCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        for (NamedCheck named : checks) {
            try {
                results.add(named.check().run());
            } catch (RuntimeException e) {
                results.add(CheckResult.fail(named.name(), "the check itself broke: " + e,
                        "report this with the output of doctor"));
            }
        }
        return results;
    }

    /** 1 when some result needs the user's action, else 0. */
    public static int exitCode(List<CheckResult> results) {
        return results.stream().anyMatch(r -> r.level() == Level.FAIL) ? 1 : 0;
    }
}
