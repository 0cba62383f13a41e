package dev.inviteledger.ledger;

import dev.inviteledger.config.DataDirectory;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The invitation ledger: the history LinkedIn does not keep, in one SQLite file. Every write is one
 * transaction, committed before the method returns. Thread-safe; writes are serialized in-process.
 * See docs/ledger.md for the states, the merge rules and the schema.
 */
public final class Ledger implements AutoCloseable {
    public static final String DEFAULT_ACCOUNT = "default";
    /** LinkedIn's "up to 3 weeks"; the policy owns the configured value. */
    public static final Duration DEFAULT_RESEND_COOLDOWN = Duration.ofDays(21);

    private final Database db;
    private final Clock clock;
    private final OpenRowsCache openRows = new OpenRowsCache();
    /** False only in tests: every sighting stored in its row, the storage {@link LastSeen}'s mark replaces. */
    private final boolean markCompleteCaptures;

    private Ledger(Database db, Clock clock) {
        this(db, clock, true);
    }

    private Ledger(Database db, Clock clock, boolean markCompleteCaptures) {
        this.db = db;
        this.clock = clock;
        this.markCompleteCaptures = markCompleteCaptures;
    }

    /** A ledger file whose merges store every sighting in its row (no mark): the reference for tests of {@link LastSeen}. */
    static Ledger openFileStoringEverySighting(Path file) {
        return new Ledger(Database.openFile(file, Migrations.latest()), Clock.systemUTC(), false);
    }

    /** Opens (creating if needed) {@code ledger.sqlite} in {@code dataDir}, created owner-only where POSIX allows. */
    public static Ledger open(Path dataDir) {
        createDirectory(dataDir);
        return openFile(dataDir.resolve(DataDirectory.DATABASE_FILE));
    }

    /** Opens (creating if needed) a ledger file and migrates it to the latest schema. */
    public static Ledger openFile(Path file) {
        return new Ledger(Database.openFile(file, Migrations.latest()), Clock.systemUTC());
    }

    /** A ledger that lives only as long as this object (replay without --into); same rules as a file. */
    public static Ledger inMemory() {
        return new Ledger(Database.inMemory(), Clock.systemUTC());
    }

    /** True when {@code dataDir} already holds a ledger file. */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(DataDirectory.DATABASE_FILE));
    }

    private static void createDirectory(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (IOException e) {
            throw new LedgerException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    // ---- captures -------------------------------------------------------------------------------

    /** Merges one capture; committed before this returns. */
    public MergeResult merge(CaptureInput in) {
        return merge(in, null).merge();
    }

    /**
     * Merges one capture and reads the account's history since {@code since} (as {@link #history(String, Instant)}
     * does) in the same transaction: the pending invitations come from the merge's own rows, not from the file.
     */
    public MergedCapture mergeAndRead(CaptureInput in, Instant since) {
        return merge(in, Objects.requireNonNull(since, "since"));
    }

    private MergedCapture merge(CaptureInput in, Instant since) {
        long now = clock.millis();
        return db.writeThen(c -> {
            CaptureMerger merger = new CaptureMerger(c, in, now, openRows, markCompleteCaptures);
            MergeResult result = merger.merge(since != null);
            AccountHistory history = since == null ? null : merger.history(Times.millis(since));
            return new Database.Committed<>(new MergedCapture(result, history), merger::committed);
        });
    }

    /** What a write outside a merge returns: its result and the one invitation it changed (null: it cannot say). */
    private record Changed<T>(T result, OpenRowsCache.Change change) {}

    /**
     * Every write outside a merge that may touch invitations, captures or withdrawals goes through here: once it
     * committed, the open-rows cache learns the one change it names, and is dropped whole when it names none. So a
     * write that forgets to name its change costs the next capture a read, never a wrong answer.
     */
    private <T> T writeRows(Database.Work<Changed<T>> work) {
        return db.writeThen(c -> {
            Changed<T> done = work.run(c);
            OpenRowsCache.Change change = done.change();
            return new Database.Committed<>(done.result(), () -> {
                if (change == null) {
                    openRows.clear();
                } else {
                    openRows.apply(change);
                }
            });
        });
    }

    /**
     * Writes that touch none of the tables the open-rows cache mirrors (settings, tokens, signals): they keep it. A
     * token is touched on every request, so these must not drop it.
     */
    private <T> T writeOutsideRows(Database.Work<T> work) {
        return db.write(work);
    }

    /** Folds LinkedIn's parsed data export into an account, all or nothing. */
    public ImportResult importExport(String account, DataExport export, Instant at) {
        return writeRows(c -> new Changed<>(new ExportImporter(c, account, export, at).apply(), null));
    }

    // ---- withdrawals ----------------------------------------------------------------------------

    /**
     * Records a withdrawal of the invitation to {@code key} (its pending one, else its latest); a pending
     * invitation becomes withdrawn at once with closedAt = {@code at}. Recording the same withdrawal twice
     * returns the first record.
     *
     * @throws UnknownInvitationException when the account has no invitation to that key
     * @throws LedgerConflictException    when that invitation was accepted
     */
    public WithdrawalRecord recordWithdrawal(String account, String key, Instant at, String source) {
        String a = AccountNames.normalize(account);
        long now = clock.millis();
        return writeRows(c -> {
            WithdrawalRecord w = WithdrawalLog.record(c, a, key, at, source, now);
            return new Changed<>(w, OpenRowsCache.reread(c, w.invitationId()));
        });
    }

    /** Undoes a withdrawal; the invitation goes back to pending unless a later complete capture proved it gone. */
    public WithdrawalRecord undoWithdrawal(long id, Instant at) {
        return writeRows(c -> {
            WithdrawalRecord w = WithdrawalLog.undo(c, id, at);
            return new Changed<>(w, OpenRowsCache.reread(c, w.invitationId()));
        });
    }

    /** Every withdrawal of the account, undone ones included, oldest first. */
    public List<WithdrawalRecord> withdrawals(String account) {
        String a = AccountNames.normalize(account);
        return db.read(c -> {
            Long id = Accounts.find(c, a);
            return id == null ? List.of() : WithdrawalLog.forAccount(c, id, null);
        });
    }

    // ---- pins, settings, tokens, signals --------------------------------------------------------

    /** Pins (or unpins) the invitation to {@code key}: a kept invitation is never planned for withdrawal. */
    public void setKeep(String account, String key, boolean keep) {
        String a = AccountNames.normalize(account);
        writeRows(c -> {
            Long accountId = Accounts.find(c, a);
            InvRow inv = accountId == null ? null : InvitationRows.loadCurrent(c, accountId, key);
            if (inv == null) {
                throw new UnknownInvitationException("no invitation to " + key + " in account " + a);
            }
            inv.pin(keep);
            InvitationRows.flush(c, accountId, List.of(inv));
            return new Changed<>(null, OpenRowsCache.reread(c, inv.id));
        });
    }

    /** Raw settings, key → JSON text. */
    public Map<String, String> settings() {
        return db.read(SettingsStore::all);
    }

    /**
     * Reads the settings, lets {@code change} compute the whole new set from them (throwing to refuse, e.g. a policy
     * that does not validate) and stores the difference, all in one write transaction: two updates from different
     * places (the settings page, the API, another process) cannot interleave and combine into a set neither of them
     * validated. Returns the new settings.
     */
    public Map<String, String> updateSettings(UnaryOperator<Map<String, String>> change) {
        return writeOutsideRows(c -> {
            Map<String, String> before = SettingsStore.all(c);
            Map<String, String> after = change.apply(new TreeMap<>(before));
            Map<String, String> difference = new LinkedHashMap<>();
            before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> difference.put(key, null));
            after.forEach((key, value) -> {
                if (!Objects.equals(before.get(key), value)) {
                    difference.put(key, value);
                }
            });
            SettingsStore.put(c, difference);
            return Map.copyOf(after);
        });
    }

    /** Upserts settings in one transaction; a null value removes the key. */
    public void putSettings(Map<String, String> values) {
        writeOutsideRows(c -> {
            SettingsStore.put(c, values);
            return null;
        });
    }

    public long insertToken(String origin, String label, String tokenHash, Instant at) {
        return writeOutsideRows(c -> TokenStore.insert(c, origin, label, tokenHash, at));
    }

    public Optional<ClientToken> findActiveTokenByHash(String tokenHash) {
        return db.read(c -> TokenStore.activeByHash(c, tokenHash));
    }

    public List<ClientToken> listTokens() {
        return db.read(TokenStore::all);
    }

    /** Revokes a token: true when it was active until now, false when it already was revoked. */
    public boolean revokeToken(long id, Instant at) {
        return writeOutsideRows(c -> TokenStore.revoke(c, id, at));
    }

    public void touchToken(long id, Instant at) {
        writeOutsideRows(c -> {
            TokenStore.touch(c, id, at);
            return null;
        });
    }

    public long recordSignal(String account, String kind, String text, String url, Instant seenAt) {
        String a = AccountNames.normalize(account);
        long now = clock.millis();
        return writeOutsideRows(c -> SignalStore.record(c, a, kind, text, url, seenAt, now));
    }

    /** Signals of the account seen at or after {@code since} (null: all), newest first. */
    public List<SignalRecord> recentSignals(String account, Instant since) {
        String a = AccountNames.normalize(account);
        return db.read(c -> SignalStore.recent(c, a, since));
    }

    // ---- reading --------------------------------------------------------------------------------

    /** Whether the ledger knows the account (a capture or an import created it). */
    public boolean hasAccount(String account) {
        String a = AccountNames.normalize(account);
        return db.read(c -> Accounts.find(c, a) != null);
    }

    public List<AccountSummary> accounts() {
        return db.read(LedgerReads::accounts);
    }

    /** Everything the policy needs about one account, read in one transaction. Empty for an unknown account. */
    public AccountHistory history(String account) {
        String a = AccountNames.normalize(account);
        return db.read(c -> LedgerReads.history(c, a, null));
    }

    /**
     * Like {@link #history(String)} but only what is still relevant after {@code since}: every pending
     * invitation, closed ones seen or closed since then, captures and withdrawals since then, and the latest
     * complete capture before it (the pending count's fallback).
     */
    public AccountHistory history(String account, Instant since) {
        String a = AccountNames.normalize(account);
        return db.read(c -> LedgerReads.history(c, a, Times.millis(since)));
    }

    public InvitationPage invitations(InvitationQuery query) {
        return db.read(c -> LedgerReads.page(c, query));
    }

    /** Keys of the account's pending invitations whose name is exactly {@code name} (for the withdraw toast). */
    public List<String> pendingKeysByName(String account, String name) {
        String a = AccountNames.normalize(account);
        return db.read(c -> LedgerReads.pendingKeysByName(c, a, name));
    }

    // ---- maintenance ----------------------------------------------------------------------------

    /** {@code PRAGMA integrity_check}: "ok" for a healthy file. */
    public String integrityCheck() {
        return db.pragma("integrity_check");
    }

    public int schemaVersion() {
        return Integer.parseInt(db.pragma("user_version"));
    }

    public static int latestSchemaVersion() {
        return Migrations.latest();
    }

    private static final Set<String> TABLES = Set.of("accounts", "captures", "invitations",
            "observations", "withdrawals", "connection_evidence", "settings", "client_tokens", "signals");

    /** Number of rows in a ledger table (diagnostics such as {@code doctor}, and tests). */
    public long count(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no ledger table named " + table);
        }
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
