package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reused statement must behave exactly like a fresh one: nothing of its previous use may leak into the next. */
class CachingConnectionTest {
    private CachingConnection c;

    @BeforeEach
    void open() throws SQLException {
        c = new CachingConnection("jdbc:sqlite::memory:", ":memory:", new Properties());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v INTEGER)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void aClosedStatementIsHandedOutAgain() throws SQLException {
        PreparedStatement first = c.prepareStatement("SELECT 1");
        first.close();
        PreparedStatement second = c.prepareStatement("SELECT 1");
        assertThat(second).isSameAs(first);
        assertThat(second.isClosed()).isFalse();
        second.close();
        assertThat(c.cachedCount()).isEqualTo(1);
    }

    @Test
    void nestedUseGetsItsOwnStatement() throws SQLException {
        try (PreparedStatement outer = c.prepareStatement("SELECT ?")) {
            outer.setInt(1, 1);
            try (ResultSet rs = outer.executeQuery()) {
                PreparedStatement inner = c.prepareStatement("SELECT ?");
                assertThat(inner).isNotSameAs(outer);
                inner.setInt(1, 2);
                assertThat(single(inner)).isEqualTo(2);
                inner.close();
                assertThat(inner.isClosed()).isTrue();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void bindingsDoNotCarryOver() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ?")) {
            ps.setInt(1, 42);
            assertThat(single(ps)).isEqualTo(42);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT ?"); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isNull();
        }
    }

    @Test
    void aResultSetLeftOpenDoesNotCarryOver() throws SQLException {
        insert(1, 2, 3);
        PreparedStatement ps = c.prepareStatement("SELECT v FROM t ORDER BY v");
        ResultSet rs = ps.executeQuery();
        assertThat(rs.next()).isTrue();
        ps.close(); // the result set still open, two rows unread
        try (PreparedStatement again = c.prepareStatement("SELECT v FROM t ORDER BY v")) {
            assertThat(values(again)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aBatchNotExecutedDoesNotCarryOver() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
            ps.setInt(1, 7);
            ps.addBatch(); // abandoned, as after a failure before executeBatch
        }
        insert(8);
        try (PreparedStatement ps = c.prepareStatement("SELECT v FROM t")) {
            assertThat(values(ps)).containsExactly(8);
        }
    }

    @Test
    void pastTheLimitStatementsAreOrdinary() throws SQLException {
        for (int i = 0; i < CachingConnection.MAX_CACHED + 5; i++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + i)) {
                assertThat(single(ps)).isEqualTo(i);
            }
        }
        assertThat(c.cachedCount()).isEqualTo(CachingConnection.MAX_CACHED);
        PreparedStatement extra = c.prepareStatement("SELECT 'extra'");
        extra.close();
        assertThat(extra.isClosed()).isTrue();
    }

    @Test
    void aLedgerClosesCleanlyWithItsKeptStatements(@TempDir Path dir) {
        Path file = dir.resolve("ledger.sqlite");
        try (Ledger ledger = Ledger.openFile(file)) {
            ledger.merge(Pages.capture("2026-11-20T09:00:00Z", Pages.complete(Pages.row("ada-a", "Sent 2 days ago", 2, 2))));
            ledger.mergeAndRead(Pages.capture("2026-11-21T09:00:00Z", Pages.complete(Pages.row("ada-a", "Sent 3 days ago",
                    3, 3))), Instant.parse("2026-11-13T09:00:00Z"));
            ledger.recordWithdrawal(Ledger.DEFAULT_ACCOUNT, "in:ada-a", Instant.parse("2026-11-21T10:00:00Z"), "manual");
            // reads too: the read connections keep their statements as well
            ledger.history(Ledger.DEFAULT_ACCOUNT);
            ledger.withdrawals(Ledger.DEFAULT_ACCOUNT);
        }
        // every kept statement finalized with the connection: SQLite could close the file and remove its WAL
        assertThat(dir.resolve("ledger.sqlite-wal")).doesNotExist();
        try (Ledger again = Ledger.openFile(file)) {
            assertThat(again.withdrawals(Ledger.DEFAULT_ACCOUNT)).hasSize(1);
        }
    }

    private void insert(int... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
            for (int v : values) {
                ps.setInt(1, v);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    private static List<Integer> values(PreparedStatement ps) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
