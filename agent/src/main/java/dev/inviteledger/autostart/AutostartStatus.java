package dev.inviteledger.autostart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What autostart looks like right now.
 *
 * @param entry the file that makes the agent start (unit, plist or Startup script)
 * @param entryPresent whether that file exists
 * @param enabled whether the platform will start it at the next login
 * @param running whether the platform reports it running now
 * @param note extra plain-words context (may be empty)
 * @param problem something broken the user must fix, if any
 */
public record AutostartStatus(Path entry, boolean entryPresent, Answer enabled, Answer running,
                              String note, Optional<String> problem) {

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("entry:   " + entry + (entryPresent ? "" : " (absent)"));
        lines.add("enabled: " + enabled.word());
        lines.add("running: " + running.word());
        if (!note.isBlank()) {
            lines.add("note:    " + note);
        }
        problem.ifPresent(p -> lines.add("problem: " + p));
        return lines;
    }

    /** One sentence for {@code doctor}. */
    public String summary() {
        String state = switch (enabled) {
            case YES -> "on (" + entry + ")";
            case NO -> "off";
            case UNKNOWN -> entryPresent ? "entry present at " + entry + ", state unknown" : "off";
        };
        return running == Answer.UNKNOWN ? state : state + ", running now: " + running.word();
    }
}
