package dev.inviteledger.bench;

import java.nio.file.Path;

/** Where benchmarks keep generated ledgers: {@code -Dbench.dir=...}, else a folder in the temp directory. */
public final class BenchFiles {
    private BenchFiles() {}

    public static Path dir() {
        return Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir") + "/invite-ledger-bench"));
    }
}
