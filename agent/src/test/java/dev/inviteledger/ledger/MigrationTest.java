package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path dir;

    private Path copyOfV1() throws Exception {
        Path copy = dir.resolve("ledger.sqlite");
        try (InputStream in = getClass().getResourceAsStream("ledger-v1.sqlite")) {
            assertThat(in).as("committed v1 fixture").isNotNull();
            Files.copy(in, copy);
        }
        return copy;
    }

    private static String query(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
            return String.join("\n", rows);
        }
    }

    @Test
    void theCommittedFixtureIsAVersionOneDatabase() throws Exception {
        Path v1 = copyOfV1();
        assertThat(query(v1, "PRAGMA user_version")).isEqualTo("1");
        assertThat(query(v1, "SELECT count(*) FROM sqlite_master WHERE name = 'connection_evidence'")).isEqualTo("0");
    }

    @Test
    void upgradingTheCommittedV1FileKeepsEveryRow() throws Exception {
        Path v1 = copyOfV1();
        try (Ledger ledger = Ledger.openFile(v1)) {
            assertThat(ledger.schemaVersion()).isEqualTo(Ledger.latestSchemaVersion()).isEqualTo(4);
            assertThat(ledger.integrityCheck()).isEqualTo("ok");

            AccountHistory h = ledger.history("default");
            assertThat(h.invitations()).extracting(InvitationRecord::id, InvitationRecord::key, InvitationRecord::state,
                            InvitationRecord::resendCount, InvitationRecord::previousId, InvitationRecord::keep)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1L, "in:ada-example", InvitationState.PENDING, 0, null, true),
                            org.assertj.core.groups.Tuple.tuple(2L, "in:bob-example", InvitationState.CLOSED_UNKNOWN, 0, null, false),
                            org.assertj.core.groups.Tuple.tuple(3L, "in:carol-example", InvitationState.WITHDRAWN, 0, null, false),
                            org.assertj.core.groups.Tuple.tuple(4L, "in:bob-example", InvitationState.PENDING, 1, 2L, false));
            InvitationRecord ada = h.invitations().get(0);
            assertThat(ada.name()).isEqualTo("Ada Example");
            assertThat(ada.headline()).isEqualTo("Engineer at Example Corp");
            assertThat(ada.sentAt()).isEqualTo(new SendWindow(Instant.parse("2025-05-20T09:00:00Z"), Instant.parse("2025-05-22T09:00:00Z")));
            assertThat(ada.firstSeen()).isEqualTo("2025-06-01T09:00:00Z");
            assertThat(ada.lastSeen()).isEqualTo("2025-06-06T09:00:00Z");
            assertThat(ada.hasNote()).isTrue();
            assertThat(ada.lastSentText()).isEqualTo("Sent 2 weeks ago");
            assertThat(ada.withdrawnAt()).as("its withdrawal was undone").isNull();
            assertThat(h.invitations().get(1).name()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"Bob\")");
            assertThat(h.invitations().get(1).closedAt()).isEqualTo("2025-06-06T09:00:00Z");
            assertThat(h.invitations().get(2).withdrawnAt()).isEqualTo("2025-06-02T12:00:00Z");

            assertThat(h.captures()).extracting(CaptureRecord::id).containsExactly(1L, 2L, 3L);
            assertThat(h.captures().get(1).warnings()).containsExactly("row without age: Grace Example");
            assertThat(h.captures().get(1).complete()).isFalse();
            assertThat(h.captures().get(1).totalShown()).isEqualTo(3);
            assertThat(h.withdrawals()).extracting(WithdrawalRecord::key, WithdrawalRecord::source)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("in:carol-example", "observed"),
                            org.assertj.core.groups.Tuple.tuple("in:ada-example", "manual"));
            assertThat(h.withdrawals().get(1).undoneAt()).isEqualTo("2025-06-04T12:05:00Z");

            AccountHistory sales = ledger.history("sales-team");
            assertThat(sales.invitations()).singleElement().satisfies(dan -> {
                assertThat(dan.sentAt()).isNull();
                assertThat(dan.headline()).isNull();
            });
            assertThat(sales.captures()).singleElement().extracting(CaptureRecord::source).isEqualTo("replay:fixture.html");
            assertThat(ledger.settings()).isEqualTo(Map.of("pendingCap", "500", "withdrawAfterDays", "21"));
            assertThat(ledger.accounts()).extracting(AccountSummary::account, AccountSummary::pending)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("default", 2), org.assertj.core.groups.Tuple.tuple("sales-team", 1));
            assertThat(ledger.count("observations")).isEqualTo(6);

            // the version-2 tables work on the upgraded file, and merging continues the history
            assertThat(ledger.insertToken("chrome-extension://x", "laptop", "hash-1", Instant.parse("2025-06-07T00:00:00Z"))).isPositive();
            ledger.recordSignal("default", "weekly-limit", "You've reached the weekly limit", null, Instant.parse("2025-06-07T00:00:00Z"));
            MergeResult r = ledger.merge(new CaptureInput("default", Instant.parse("2025-06-08T09:00:00Z"), "test", null,
                    new ParsedPage(List.of(), new Coverage(0, 0, true), List.of()), null));
            assertThat(r.closedUnknown()).isEqualTo(2);
            assertThat(ExportRow.of(ledger.history("default"), Duration.ofDays(21)).get(2).resendEligibleAt())
                    .isEqualTo("2025-06-23T12:00:00Z");
        }
        assertThat(query(v1, "SELECT id, closed_as FROM invitations WHERE account_id = 1 ORDER BY id"))
                .as("closed_as backfilled from state by migration 2 (2, 3), then written by the merge (1, 4)")
                .isEqualTo("1|closed-unknown\n2|closed-unknown\n3|withdrawn\n4|closed-unknown");
        assertThat(query(v1, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'observations_by_invitation'"))
                .isEqualTo("1");
        assertThat(query(v1, "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN"
                + " ('invitations_closed_by_recency', 'withdrawals_by_time') ORDER BY name"))
                .as("migration 3's indexes for a capture's recent history")
                .isEqualTo("invitations_closed_by_recency\nwithdrawals_by_time");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.sqlite");
        Ledger.openFile(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Ledger.openFile(file))
                .isInstanceOf(NewerSchemaException.class)
                .hasMessageContaining("future.sqlite has schema version 99")
                .hasMessageContaining("only knows versions up to 4");
        assertThat(query(file, "PRAGMA user_version")).isEqualTo("99");
    }

    @Test
    void aFileThatIsNotADatabaseGetsAClearError() throws Exception {
        Path file = dir.resolve("ledger.sqlite");
        Files.writeString(file, "this is not SQLite, just text long enough to fill a header. ".repeat(20));
        assertThatThrownBy(() -> Ledger.openFile(file))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("cannot be opened as an Invite Ledger database");
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertThat(Migrations.statements("-- a comment\nCREATE TABLE a (x INTEGER);\n\nCREATE INDEX i\n  ON a(x);\n"))
                .containsExactly("CREATE TABLE a (x INTEGER);", "CREATE INDEX i\n  ON a(x);");
        assertThat(Migrations.STEPS).extracting(Migrations.Step::version).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aFreshDataDirectoryIsOwnerOnly() throws Exception {
        Path data = dir.resolve("fresh").resolve("invite-ledger");
        Ledger.open(data).close();
        assertThat(data.resolve("ledger.sqlite")).exists();
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("ledger.sqlite"))))
                    .isEqualTo("rw-------");
        }
        assertThat(data.resolve("ledger.sqlite-wal")).as("closed cleanly: WAL checkpointed away").doesNotExist();
    }
}
