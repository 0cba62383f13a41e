package dev.inviteledger.autostart;

import java.util.List;

/** Runs an external program (systemctl); tests pass a scripted fake. */
public interface CommandRunner {

    Result run(List<String> argv);

    /** Exit code 127 means the program could not be started at all (not installed). */
    record Result(int exitCode, String stdout, String stderr) {
        public static final int NOT_FOUND = 127;

        public boolean ok() {
            return exitCode == 0;
        }

        /** The most useful line to show a user: first stderr line, else first stdout line. */
        public String firstLine() {
            String text = stderr.isBlank() ? stdout : stderr;
            return text.strip().lines().findFirst().orElse("exit code " + exitCode);
        }
    }
}
