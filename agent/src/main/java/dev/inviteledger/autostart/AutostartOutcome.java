package dev.inviteledger.autostart;

import java.util.List;

/**
 * Result of {@code enable}/{@code disable}: what was done, in plain words, and whether the user still has
 * to do something (then the command exits non-zero and the lines say exactly what to run).
 */
public record AutostartOutcome(boolean userActionNeeded, List<String> lines) {
    public AutostartOutcome {
        lines = List.copyOf(lines);
    }
}
