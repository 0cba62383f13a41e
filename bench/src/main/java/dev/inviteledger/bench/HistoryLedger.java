package dev.inviteledger.bench;

import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.page.PageMarkup;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.report.CapturePipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Plays simulated days into a ledger through the real capture path ({@link CapturePipeline#ingest}, then the
 * user's withdrawals through {@link Ledger#recordWithdrawal}), so the ledger holds exactly what a year of
 * use would leave in it. Building a year takes a while, so benchmarks copy a cached template file.
 */
public final class HistoryLedger {
    public static final String ACCOUNT = Ledger.DEFAULT_ACCOUNT;
    public static final String SOURCE = "bench";
    public static final ZoneId ZONE = ZoneOffset.UTC;

    private HistoryLedger() {}

    /** Ingests {@code days} in order (captures, then withdrawals), each committed as it would be live. */
    public static void play(Ledger ledger, List<YearOfCaptures.Day> days) {
        CapturePipeline pipeline = pipeline(ledger);
        for (YearOfCaptures.Day day : days) {
            pipeline.ingest(capture(day));
            for (YearOfCaptures.Withdrawal w : day.withdrawalsAfter()) {
                ledger.recordWithdrawal(ACCOUNT, w.key(), w.at(), "manual");
            }
        }
    }

    public static CapturePipeline pipeline(Ledger ledger) {
        return new CapturePipeline(ledger, new SentPageParser(), Policy::defaults, ZONE);
    }

    public static CapturePipeline.Capture capture(YearOfCaptures.Day day) {
        // the page's UTF-8 bytes, as the extension sends it (text/html)
        return new CapturePipeline.Capture(ACCOUNT, day.capturedAt(), SOURCE, YearOfCaptures.SENT_URL,
                PageMarkup.utf8(day.html().getBytes(StandardCharsets.UTF_8)), null);
    }

    /**
     * A ledger file holding the first {@code days} days of {@code year}, built once into {@code cacheDir} and
     * reused while the simulation's identity, the day count and the schema version are the same.
     */
    public static Path template(Path cacheDir, YearOfCaptures year, int days) {
        String name = "history-" + year.identity() + "-" + days + "d";
        Path file = cacheDir.resolve(name + "-schema" + Ledger.latestSchemaVersion() + ".sqlite");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(cacheDir);
            Path partial = Files.createTempFile(cacheDir, name, ".partial");
            Files.delete(partial);
            try (Ledger ledger = Ledger.openFile(partial)) {
                play(ledger, year.days().subList(0, days));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A private copy of a template, to be changed by a benchmark. */
    public static Path copy(Path template, Path target) {
        try {
            Files.createDirectories(target.getParent());
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Files.deleteIfExists(target.resolveSibling(target.getFileName() + suffix));
            }
            return Files.copy(template, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
