package dev.inviteledger.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc4.JDBC4Connection;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * A connection that keeps its prepared statements: a capture's merge runs the same ~20 statements every time, and
 * preparing (parsing and planning in SQLite, behind JNI) each of them anew cost about a tenth of the merge; on the
 * read connections every API request's token look-up prepared its query again (issue 9). {@link #prepareStatement(String)} hands out a cached statement when it is not in use; closing it makes
 * it ready for the next caller (result set closed, statement reset, bindings and batch cleared) instead of
 * finalizing it. A statement asked for while its cached copy is in use (nested use) is an ordinary one, and so is
 * any past {@link #MAX_CACHED} distinct texts. Closing the connection finalizes them all (SQLite's own bookkeeping).
 * Used by one thread at a time: the writer under {@link Database}'s write lock, a reader while it is borrowed from
 * the idle-reader queue (which also hands the map safely from thread to thread). A statement must not be touched after its close (not
 * even closed again): the next caller may already hold the same object, which no flag can tell apart.
 */
final class CachingConnection extends JDBC4Connection {
    /**
     * The writer's merge, history, withdrawals, pins, settings and tokens use fewer than this many texts; a reader's
     * texts past it (the status page's list filters and sorts, 64 combinations) are prepared each time as before.
     */
    static final int MAX_CACHED = 64;

    private final Map<String, Cached> statements = new HashMap<>();

    CachingConnection(String url, String fileName, Properties properties) throws SQLException {
        super(url, fileName, properties);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        Cached s = statements.get(sql);
        if (s == null || s.isClosed()) {
            if (statements.size() >= MAX_CACHED && s == null) {
                return super.prepareStatement(sql);
            }
            s = new Cached(this, sql);
            statements.put(sql, s);
        } else if (s.inUse) {
            return super.prepareStatement(sql); // nested use of the same text: an ordinary statement
        }
        s.inUse = true;
        return s;
    }

    /** How many statements are kept (tests). */
    int cachedCount() {
        return statements.size();
    }

    /** A prepared statement whose {@link #close()} readies it for reuse. */
    private static final class Cached extends JDBC4PreparedStatement {
        boolean inUse;

        Cached(SQLiteConnection conn, String sql) throws SQLException {
            super(conn, sql);
        }

        @Override
        public void close() throws SQLException {
            if (isClosed()) {
                return;
            }
            inUse = false;
            try {
                if (rs.isOpen()) {
                    rs.close();
                }
                pointer.safeRunInt((db, ptr) -> db.reset(ptr));
                clearBatch();
                clearParameters();
            } catch (SQLException | RuntimeException e) {
                super.close(); // not reusable: the next caller prepares a new one
                throw e;
            }
        }
    }
}
