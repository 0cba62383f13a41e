package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight threads merging, withdrawing, reading and writing settings on one file-backed ledger: no SQLITE_BUSY. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void concurrentWritersAndReadersNeverSeeBusy() throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (Ledger ledger = Ledger.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                pool.submit(() -> {
                    try {
                        go.await();
                        work(ledger, thread);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
            }
            go.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            assertThat(failures).isEmpty();
            assertThat(ledger.count("captures")).isEqualTo((long) THREADS * ROUNDS);
            assertThat(ledger.count("withdrawals")).isEqualTo((long) THREADS * ROUNDS);
            assertThat(ledger.count("signals")).isEqualTo((long) THREADS * ROUNDS);
            assertThat(ledger.integrityCheck()).isEqualTo("ok");
        }
    }

    private static void work(Ledger ledger, int thread) {
        String account = "account-" + (thread % 3);
        Instant base = Instant.parse("2026-03-01T00:00:00Z");
        for (int round = 0; round < ROUNDS; round++) {
            Instant at = base.plusSeconds(60L * (round * THREADS + thread));
            List<ParsedRow> rows = new ArrayList<>();
            for (int p = 0; p < 30; p++) {
                String slug = "t" + thread + "-r" + round + "-p" + p;
                rows.add(new ParsedRow("in:" + slug, null, "Person " + slug, null, "Sent today", AgeDays.exactly(0), false));
            }
            // partial captures: threads sharing an account must not close each other's rows
            ledger.merge(new CaptureInput(account, at, "extension", null,
                    new ParsedPage(rows, new Coverage(rows.size(), 10_000, false), List.of()), null));
            ledger.recordWithdrawal(account, "in:t" + thread + "-r" + round + "-p0", at.plusSeconds(1), "observed");
            ledger.recordSignal(account, "weekly-limit", "limit", null, at);
            ledger.putSettings(Map.of("lastWriter", "\"" + thread + "\""));
            assertThat(ledger.history(account).invitations()).isNotEmpty();
            ledger.accounts();
        }
    }
}
