package dev.inviteledger.autostart;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text of {@code invite-ledger.service}, the systemd user unit that starts the agent with the session.
 * The same text is shipped by the .deb as {@code /usr/lib/systemd/user/invite-ledger.service}.
 */
public final class SystemdUserUnit {
    public static final String UNIT_NAME = "invite-ledger.service";
    /** Pause between restarts, and the most starts allowed in the window: a broken agent stops, it never spins. */
    static final int RESTART_SEC = 5;
    static final int START_LIMIT_INTERVAL_SEC = 120;
    static final int START_LIMIT_BURST = 5;

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@+,%$-]+");

    private SystemdUserUnit() {}

    public static String render(LaunchCommand command) {
        String execStart = command.argv().stream().map(SystemdUserUnit::quote).collect(Collectors.joining(" "));
        return String.join("\n", List.of(
                "# Invite Ledger agent, started with your desktop session (127.0.0.1 only).",
                "# Turn on:  invite-ledger autostart enable   (or: systemctl --user enable --now " + UNIT_NAME + ")",
                "# Turn off: invite-ledger autostart disable  (or: systemctl --user disable --now " + UNIT_NAME + ")",
                "[Unit]",
                "Description=Invite Ledger agent (local, read-only LinkedIn invitation ledger)",
                // at most START_LIMIT_BURST starts per window, then the unit stays failed until the user acts
                "StartLimitIntervalSec=" + START_LIMIT_INTERVAL_SEC,
                "StartLimitBurst=" + START_LIMIT_BURST,
                "",
                "[Service]",
                "Type=simple",
                // glibc gives each thread that mallocs (SQLite's caches, the JVM's own) an arena of its own, up to
                // 8 per core; two are plenty for a small local server: 4 MiB less resident memory, measured
                // (docs/perf-notes/startup.md)
                "Environment=MALLOC_ARENA_MAX=2",
                "ExecStart=" + execStart,
                "Restart=on-failure",
                "RestartSec=" + RESTART_SEC,
                // the JVM exits 143 after SIGTERM (systemctl stop): a clean stop, not a failure
                "SuccessExitStatus=143",
                "",
                "[Install]",
                "WantedBy=default.target",
                ""));
    }

    /** The program of the ExecStart line of a unit written by {@link #render}, if there is one. */
    public static java.util.Optional<String> program(String unitText) {
        return unitText.lines()
                .filter(line -> line.startsWith("ExecStart="))
                .findFirst()
                .map(line -> firstWord(line.substring("ExecStart=".length())));
    }

    /** Inverse of {@link #quote} for the first word of an ExecStart value. */
    static String firstWord(String value) {
        String v = value.strip();
        StringBuilder word = new StringBuilder();
        if (v.startsWith("\"")) {
            for (int i = 1; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\\' && i + 1 < v.length()) {
                    word.append(v.charAt(++i));
                } else if (c == '"') {
                    break;
                } else {
                    word.append(c);
                }
            }
        } else {
            int space = v.indexOf(' ');
            word.append(space < 0 ? v : v.substring(0, space));
        }
        return word.toString().replace("%%", "%").replace("$$", "$");
    }

    /** One ExecStart word: specifiers ({@code %}) and variables ({@code $}) doubled, quoted if needed. */
    static String quote(String word) {
        String escaped = word.replace("%", "%%").replace("$", "$$");
        if (PLAIN_WORD.matcher(word).matches()) {
            return escaped;
        }
        return '"' + escaped.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
