package dev.inviteledger.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy value was refused. The message names every offending key, e.g.
 * {@code dailyWithdrawals: must be between 1 and 100, got 500}; {@link #problems()} lists them one by one
 * so a settings page can put each message next to its field.
 */
public final class PolicyException extends IllegalArgumentException {
    private final List<Problem> problems;

    public PolicyException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PolicyException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static PolicyException of(String key, String message) {
        return new PolicyException(List.of(new Problem(key, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One refused key and why ({@code key} is "policy" when the input as a whole is wrong). */
    public record Problem(String key, String message) {
        @Override
        public String toString() {
            return key + ": " + message;
        }
    }
}
