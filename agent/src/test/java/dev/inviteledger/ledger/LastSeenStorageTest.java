package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.Pages.all;
import static dev.inviteledger.ledger.Pages.at;
import static dev.inviteledger.ledger.Pages.capture;
import static dev.inviteledger.ledger.Pages.complete;
import static dev.inviteledger.ledger.Pages.partial;
import static dev.inviteledger.ledger.Pages.row;
import static dev.inviteledger.ledger.RandomLedgerWrites.outcome;
import static dev.inviteledger.ledger.RandomLedgerWrites.pendingWrite;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.RandomLedgerWrites.Write;
import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema v4 stores the sightings of a complete capture as one mark on the account instead of in every row it lists
 * ({@link LastSeen}). Every reader must see exactly the last_seen the old storage — each sighting written into its
 * row — would hold: the reference here is a ledger whose merges never set the mark.
 */
class LastSeenStorageTest {
    private static final String ACCOUNT = Ledger.DEFAULT_ACCOUNT;
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final int PEOPLE = 30;

    @TempDir
    Path dir;

    @Test
    void aCompleteCaptureMovesTheMarkNotTheRowsAndAnInvitationReopenedBehindTheMarkKeepsItsOwnSighting() throws Exception {
        Path file = dir.resolve("ledger.sqlite");
        try (Ledger ledger = Ledger.openFile(file)) {
            ledger.merge(capture("2026-03-02T09:00:00Z", complete(ada(),
                    row("bob-b", "Sent 2 weeks ago", 14, 20))));
            ledger.recordWithdrawal(ACCOUNT, "in:bob-b", at("2026-03-02T10:00:00Z"), "manual");
            ledger.merge(capture("2026-03-03T09:00:00Z", complete(ada())));
            assertThat(Pages.only(ledger, "in:ada-a").lastSeen()).isEqualTo(at("2026-03-03T09:00:00Z"));
            assertThat(stored(file, "in:ada-a")).as("the complete capture did not rewrite the row it saw again")
                    .isEqualTo(at("2026-03-02T09:00:00Z").toEpochMilli());

            // merged late, between the withdrawal and the latest complete capture: Bob's age proves the withdrawal did
            // not happen, so he is pending again — last seen by this capture, before the account's mark
            ledger.merge(capture("2026-03-02T12:00:00Z", partial(40, row("bob-b", "Sent 2 weeks ago", 14, 20))));
            InvitationRecord bob = Pages.only(ledger, "in:bob-b");
            assertThat(bob.state()).isEqualTo(InvitationState.PENDING);
            assertThat(bob.lastSeen()).isEqualTo(at("2026-03-02T12:00:00Z"));
            assertThat(ledger.history(ACCOUNT, at("2026-03-01T00:00:00Z")).invitations())
                    .filteredOn(i -> i.key().equals("in:bob-b")).extracting(InvitationRecord::lastSeen)
                    .containsExactly(at("2026-03-02T12:00:00Z"));

            // the next complete capture lists both; one that lacks Ada closes her with her own last sighting
            ledger.merge(capture("2026-03-04T09:00:00Z", complete(ada(),
                    row("bob-b", "Sent 2 weeks ago", 14, 20))));
            ledger.merge(capture("2026-03-05T09:00:00Z", complete(row("bob-b", "Sent 2 weeks ago", 14, 20))));
            InvitationRecord ada = Pages.only(ledger, "in:ada-a");
            assertThat(ada.state()).isEqualTo(InvitationState.CLOSED_UNKNOWN);
            assertThat(ada.lastSeen()).isEqualTo(at("2026-03-04T09:00:00Z"));
            assertThat(stored(file, "in:ada-a")).as("a closed row holds its sighting itself")
                    .isEqualTo(at("2026-03-04T09:00:00Z").toEpochMilli());
            assertThat(Pages.only(ledger, "in:bob-b").lastSeen()).isEqualTo(at("2026-03-05T09:00:00Z"));
            assertThat(ledger.invitations(new InvitationQuery(ACCOUNT, Set.of(), InvitationQuery.Sort.LAST_SEEN, 0, 10))
                    .items()).extracting(InvitationRecord::key).containsExactly("in:bob-b", "in:ada-a");
        }
    }

    /** No age: seeing her again changes nothing but her sighting. */
    private static ParsedRow ada() {
        return row("ada-a", "Sent a while ago", null, false);
    }

    @Test
    void anImportedInvitationOlderThanTheMarkKeepsTheImportTime() {
        try (Ledger ledger = Ledger.openFile(dir.resolve("ledger.sqlite"))) {
            ledger.merge(capture("2026-03-02T09:00:00Z", complete(ada())));
            // the export's invitation was sent after that capture, but the import's clock is behind the browser's
            Instant importedAt = at("2026-03-02T08:30:00Z");
            ledger.importExport(ACCOUNT, new DataExport(List.of(new ExportedInvitation("in:cleo-c", "Cleo Example",
                    null, at("2026-03-02T09:10:00Z"), false, "Invitations.csv:2")), List.of(), 0, List.of()), importedAt);
            assertThat(all(ledger, "in:cleo-c")).extracting(InvitationRecord::lastSeen).containsExactly(importedAt);
        }
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 30).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyReaderSeesTheSightingsTheRowsWouldHold(long seed) {
        Random random = new Random(seed);
        try (Ledger marked = Ledger.openFile(dir.resolve("marked.sqlite"));
             Ledger reference = Ledger.openFileStoringEverySighting(dir.resolve("reference.sqlite"))) {
            Instant t = START;
            for (int step = 0; step < 70; step++) {
                t = t.plus(Duration.ofHours(2 + random.nextInt(30)));
                int op = random.nextInt(12);
                String outcome;
                String expected;
                if (op < 6) {
                    Instant at = random.nextInt(6) == 0 ? t.minus(Duration.ofHours(1 + random.nextInt(60))) : t;
                    CaptureInput capture = randomCapture(random, at, random.nextInt(3) != 0);
                    Instant since = at.minus(Duration.ofDays(8));
                    assertThat(marked.mergeAndRead(capture, since).history()).as("step %d: answer's history", step)
                            .isEqualTo(reference.mergeAndRead(capture, since).history());
                    continue;
                } else if (op < 10) {
                    Write write = pendingWrite(random, marked, ACCOUNT, t, 60);
                    if (write == null) {
                        continue;
                    }
                    outcome = outcome(() -> write.apply(marked));
                    expected = outcome(() -> write.apply(reference));
                } else {
                    DataExport export = export(random, t);
                    Instant at = random.nextBoolean() ? t : t.minus(Duration.ofHours(random.nextInt(48)));
                    outcome = outcome(() -> marked.importExport(ACCOUNT, export, at));
                    expected = outcome(() -> reference.importExport(ACCOUNT, export, at));
                }
                assertThat(outcome).as("step %d: outcome", step).isEqualTo(expected);
                assertThat(marked.history(ACCOUNT)).as("step %d: whole ledger", step).isEqualTo(reference.history(ACCOUNT));
                assertThat(marked.history(ACCOUNT, t.minus(Duration.ofDays(8))))
                        .isEqualTo(reference.history(ACCOUNT, t.minus(Duration.ofDays(8))));
                InvitationQuery bySighting = new InvitationQuery(ACCOUNT, Set.of(), InvitationQuery.Sort.LAST_SEEN, 0, 100);
                assertThat(marked.invitations(bySighting)).as("step %d: list by last seen", step)
                        .isEqualTo(reference.invitations(bySighting));
            }
        }
    }

    /** A few people from LinkedIn's export (some new to the ledger, some sent after the latest capture) and connections. */
    private static DataExport export(Random random, Instant t) {
        List<ExportedInvitation> outgoing = new ArrayList<>();
        List<ExportedConnection> connections = new ArrayList<>();
        for (int n = random.nextInt(4); n >= 0; n--) {
            int p = random.nextInt(PEOPLE + 5);
            Instant sent = random.nextBoolean() ? t.minus(Duration.ofHours(random.nextInt(12)))
                    : START.minus(Duration.ofDays(2L * p));
            outgoing.add(new ExportedInvitation("in:person-" + p, "Person " + p, null,
                    sent.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), random.nextBoolean(), "Invitations.csv:" + n));
        }
        for (int n = random.nextInt(3); n > 0; n--) {
            connections.add(new ExportedConnection("in:person-" + random.nextInt(PEOPLE),
                    LocalDate.ofInstant(t.minus(Duration.ofDays(random.nextInt(5))), ZoneOffset.UTC)));
        }
        return new DataExport(outgoing, connections, 0, List.of());
    }

    private static CaptureInput randomCapture(Random random, Instant at, boolean complete) {
        List<ParsedRow> rows = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            if (random.nextInt(complete ? 6 : 2) == 0) {
                continue;
            }
            int days = random.nextInt(15) == 0 ? random.nextInt(90) : 2 * p + (int) Duration.between(START, at).toDays();
            AgeDays age = random.nextInt(10) == 0 ? null : new AgeDays(Math.max(0, days), Math.max(0, days) + random.nextInt(3));
            rows.add(Pages.named("person-" + p, "Person " + p, "Headline " + p,
                    age == null ? "Sent a while ago" : "Sent " + days + " days ago", age, random.nextInt(4) == 0));
        }
        ParsedPage page = new ParsedPage(rows, new Coverage(rows.size(), complete ? rows.size() : rows.size() + 5, complete),
                List.of());
        return new CaptureInput(ACCOUNT, at, "test", null, page, complete);
    }

    /** The invitation's last_seen column as stored (the pending one, else the latest). */
    private static long stored(Path file, String key) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_seen FROM invitations WHERE key = '" + key.replace("'", "''")
                     + "' ORDER BY (state = 'pending') DESC, id DESC LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }
}
