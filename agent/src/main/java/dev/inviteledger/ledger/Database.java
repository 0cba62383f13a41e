package dev.inviteledger.ledger;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * Connections to one ledger file. Exactly one write connection, guarded by a lock, so concurrent requests
 * in this process queue up here instead of meeting SQLITE_BUSY; writers in other processes (a CLI import
 * while the agent runs) wait on busy_timeout because every write transaction starts with BEGIN IMMEDIATE.
 * Reads of a file use a few separate connections: in WAL mode they see the last commit and never block the writer.
 * An in-memory ledger has a single connection, so its reads take the same lock.
 */
final class Database implements AutoCloseable {
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final int BUSY_TIMEOUT_MS = 10_000;
    /**
     * One user's browser and extension: two reads at once (a capture's history read while a status page loads)
     * is plenty; each connection costs its own page cache and schema copy in native memory.
     */
    static final int MAX_READERS = 2;
    /**
     * Page cache of a read connection, in KiB (SQLite's negative cache_size; its default is 2,000 KiB). In WAL
     * mode a reader drops its whole cache when another connection has committed since its last transaction,
     * i.e. after every capture, so a big one only holds memory; the writer keeps SQLite's default.
     */
    static final int READER_CACHE_KIB = 512;

    private static final String FILE_URL = "jdbc:sqlite:";

    private final String label;
    private final String url;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(MAX_READERS);
    private final List<Connection> readers = new ArrayList<>();
    private volatile boolean closed;

    private Database(String label, String url, Connection writer) {
        this.label = label;
        this.url = url;
        this.writer = writer;
    }

    static Database openFile(Path file, int targetVersion) {
        Path absolute = file.toAbsolutePath();
        createOwnerOnly(absolute);
        String url = FILE_URL + absolute;
        Connection writer = null;
        try {
            writer = new CachingConnection(url, absolute.toString(), writerConfig(true).toProperties());
            Database db = new Database(absolute.getFileName().toString(), url, writer);
            Migrations.migrate(writer, db.label, targetVersion);
            return db;
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new LedgerException(absolute + " cannot be opened as an Invite Ledger database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    static Database inMemory() {
        try {
            Connection c = new CachingConnection("jdbc:sqlite::memory:", ":memory:", writerConfig(false).toProperties());
            Database db = new Database(":memory:", null, c);
            Migrations.migrate(c, db.label, Migrations.latest());
            return db;
        } catch (SQLException e) {
            throw new LedgerException("cannot create an in-memory ledger: " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig writerConfig(boolean file) {
        SQLiteConfig config = new SQLiteConfig();
        if (file) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL in WAL mode: a commit is durable against a crash or kill -9 of this process (the WAL is
            // written before COMMIT returns; the OS keeps it). Only a power loss or OS crash can lose the last
            // few commits, never corrupt the file. That is acceptable for a re-capturable local history, and
            // it avoids an fsync per capture. FULL would also fsync the WAL on every commit.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    private static void createOwnerOnly(Path file) {
        if (Files.exists(file) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            // the ledger holds names of people the user contacted: not for other local users
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new LedgerException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    String label() {
        return label;
    }

    /** Runs {@code work} in one write transaction, committed before this returns; rolled back on any failure. */
    <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            ensureOpen();
            return inTransaction(writer, work);
        } finally {
            writeLock.unlock();
        }
    }

    /** A write's result, and what to do once it committed (update state kept beside the file, such as a cache). */
    record Committed<T>(T result, Runnable afterCommit) {}

    /**
     * Like {@link #write(Work)}, then runs the work's {@code afterCommit} still holding the write lock, so no other
     * write can start before it; it does not run when the work failed.
     */
    <T> T writeThen(Work<Committed<T>> work) {
        writeLock.lock();
        try {
            ensureOpen();
            Committed<T> done = inTransaction(writer, work);
            done.afterCommit().run();
            return done.result();
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in one read transaction (a consistent snapshot). */
    <T> T read(Work<T> work) {
        if (url == null) {
            return write(work);
        }
        ensureOpen();
        Connection c = borrowReader();
        try {
            return inTransaction(c, work);
        } finally {
            idleReaders.offer(c);
        }
    }

    private <T> T inTransaction(Connection c, Work<T> work) {
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LedgerException(label + ": " + e.getMessage(), e);
        }
    }

    private Connection borrowReader() {
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        synchronized (readers) {
            if (readers.size() < MAX_READERS) {
                try {
                    SQLiteConfig config = new SQLiteConfig();
                    config.enforceForeignKeys(true);
                    config.setBusyTimeout(BUSY_TIMEOUT_MS);
                    config.setCacheSize(-READER_CACHE_KIB);
                    // statements kept per connection, as on the writer: a reader is borrowed by one thread at a time, and
                    // every API request's token look-up otherwise prepares its statement again (~40 % of that read)
                    Connection fresh = new CachingConnection(url, url.substring(FILE_URL.length()), config.toProperties());
                    try (Statement s = fresh.createStatement()) {
                        s.execute("PRAGMA query_only = true");
                    }
                    readers.add(fresh);
                    return fresh;
                } catch (SQLException e) {
                    throw new LedgerException(label + ": cannot open a read connection: " + e.getMessage(), e);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted while waiting for a read connection", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new LedgerException("the ledger " + label + " is closed");
        }
    }

    String pragma(String name) {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** Checkpoints the WAL into the main file and closes every connection; idempotent. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            synchronized (readers) {
                readers.forEach(Database::closeQuietly);
                readers.clear();
            }
            if (url != null) {
                try (Statement s = writer.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException e) {
                    // the WAL stays and is replayed on the next open: nothing is lost
                }
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; committed data is already safe
        }
    }
}
