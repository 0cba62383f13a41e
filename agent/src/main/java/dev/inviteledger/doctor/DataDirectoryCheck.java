package dev.inviteledger.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Does the data directory exist (or can it be created), and can the agent write in it? */
public final class DataDirectoryCheck implements Check {
    static final String NAME = "data";
    private final Path dir;

    public DataDirectoryCheck(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    @Override
    public CheckResult run() {
        String fix = "fix its permissions, or choose another directory with --data-dir";
        if (!Files.exists(dir)) {
            Path ancestor = nearestExisting(dir);
            if (ancestor == null || !Files.isDirectory(ancestor) || !Files.isWritable(ancestor)) {
                return CheckResult.fail(NAME, dir + " does not exist and cannot be created ("
                        + (ancestor == null ? "no existing parent" : ancestor + " is not a writable directory") + ")", fix);
            }
            return CheckResult.ok(NAME, dir + " does not exist yet; the agent creates it when it first needs it");
        }
        if (!Files.isDirectory(dir)) {
            return CheckResult.fail(NAME, dir + " exists but is not a directory",
                    "move that file away, or choose another directory with --data-dir");
        }
        try {
            Path probe = Files.createTempFile(dir, ".doctor-", ".tmp");
            Files.delete(probe);
            return CheckResult.ok(NAME, dir + " exists and is writable");
        } catch (IOException e) {
            return CheckResult.fail(NAME, dir + " is not writable (" + e.getMessage() + ")", fix);
        }
    }

    private static Path nearestExisting(Path path) {
        Path p = path.getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }
}
