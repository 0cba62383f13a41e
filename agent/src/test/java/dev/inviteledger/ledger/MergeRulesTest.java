package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.Pages.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The merge rules of docs/ledger.md, one table or case per rule. Times are UTC. */
class MergeRulesTest {
    private final Ledger ledger = Ledger.inMemory();

    @AfterEach
    void close() {
        ledger.close();
    }

    /** One sighting of the same person: capture time, age text, age interval (null = unknown wording). */
    record Seen(String at, String text, AgeDays age) {
        static Seen of(String at, String text, int min, int max) {
            return new Seen(at, text, new AgeDays(min, max));
        }
    }

    static Stream<Arguments> narrowing() {
        return Stream.of(
                Arguments.of("two '1 week' sightings two days apart intersect",
                        List.of(Seen.of("2026-03-01T09:00:00Z", "Sent 1 week ago", 7, 13),
                                Seen.of("2026-03-03T09:00:00Z", "Sent 1 week ago", 7, 13)),
                        "2026-02-17T09:00:00Z", "2026-02-22T09:00:00Z", 0),
                Arguments.of("first seen 'today' keeps an exact day forever",
                        List.of(Seen.of("2026-03-01T09:00:00Z", "Sent today", 0, 0),
                                Seen.of("2026-03-20T09:00:00Z", "Sent 2 weeks ago", 14, 20)),
                        "2026-02-28T09:00:00Z", "2026-03-01T09:00:00Z", 0),
                Arguments.of("an unknown wording adds nothing, a later age sets the interval",
                        List.of(new Seen("2026-03-01T09:00:00Z", "Envoyée il y a longtemps", null),
                                Seen.of("2026-03-02T09:00:00Z", "Sent yesterday", 1, 1)),
                        "2026-02-28T09:00:00Z", "2026-03-01T09:00:00Z", 0),
                Arguments.of("a contradiction keeps the newest observation and warns",
                        List.of(Seen.of("2026-03-01T09:00:00Z", "Sent 3 days ago", 3, 3),
                                Seen.of("2026-03-02T09:00:00Z", "Sent 1 month ago", 30, 59)),
                        "2026-01-01T09:00:00Z", "2026-01-31T09:00:00Z", 1),
                Arguments.of("an older capture merged late still narrows",
                        List.of(Seen.of("2026-03-03T09:00:00Z", "Sent 1 week ago", 7, 13),
                                Seen.of("2026-03-01T09:00:00Z", "Sent 1 week ago", 7, 13)),
                        "2026-02-17T09:00:00Z", "2026-02-22T09:00:00Z", 0),
                Arguments.of("an older capture merged late that contradicts keeps the newer interval",
                        List.of(Seen.of("2026-03-02T09:00:00Z", "Sent 1 month ago", 30, 59),
                                Seen.of("2026-03-01T09:00:00Z", "Sent 3 days ago", 3, 3)),
                        "2026-01-01T09:00:00Z", "2026-01-31T09:00:00Z", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowing")
    void theSendIntervalNarrows(String name, List<Seen> sightings, String earliest, String latest, int warnings) {
        int warned = 0;
        for (Seen s : sightings) {
            ParsedRow row = Pages.row("ada-example", s.text(), s.age(), false);
            warned += ledger.merge(capture(s.at(), complete(row))).warnings().size();
        }
        assertThat(only(ledger, "in:ada-example").sentAt()).isEqualTo(new SendWindow(at(earliest), at(latest)));
        assertThat(warned).isEqualTo(warnings);
    }

    // ---- closing ---------------------------------------------------------------------------------

    static Stream<Arguments> closing() {
        Consumer<Ledger> nothing = l -> { };
        // evidence imported before the capture that first lists Bob, so only the closing capture can use it
        Consumer<Ledger> connectedMar2 = l -> l.importExport("default", new DataExport(List.of(),
                List.of(new ExportedConnection("in:bob-example", LocalDate.parse("2026-03-02"))), 0, List.of()),
                at("2026-02-20T20:00:00Z"));
        Consumer<Ledger> connectedLongAgo = l -> l.importExport("default", new DataExport(List.of(),
                List.of(new ExportedConnection("in:bob-example", LocalDate.parse("2024-01-15"))), 0, List.of()),
                at("2026-02-20T20:00:00Z"));
        Consumer<Ledger> withdrawnMar2 = l -> l.recordWithdrawal("default", "in:bob-example", at("2026-03-02T10:00:00Z"), "manual");
        return Stream.of(
                Arguments.of("a partial capture closes nothing", nothing, nothing, false, null,
                        InvitationState.PENDING, null, 0),
                Arguments.of("a complete capture closes what it lacks as closed-unknown", nothing, nothing, true, null,
                        InvitationState.CLOSED_UNKNOWN, "2026-03-03T09:00:00Z", 1),
                Arguments.of("the caller can say a complete-looking capture was partial", nothing, nothing, true, false,
                        InvitationState.PENDING, null, 0),
                Arguments.of("the caller can say a partial-looking capture was complete", nothing, nothing, false, true,
                        InvitationState.CLOSED_UNKNOWN, "2026-03-03T09:00:00Z", 1),
                Arguments.of("connection evidence makes it accepted", connectedMar2, nothing, true, null,
                        InvitationState.ACCEPTED, "2026-03-03T09:00:00Z", 1),
                Arguments.of("a connection from before the invitation explains nothing", connectedLongAgo, nothing, true, null,
                        InvitationState.CLOSED_UNKNOWN, "2026-03-03T09:00:00Z", 1),
                Arguments.of("a recorded withdrawal closed it already", nothing, withdrawnMar2, true, null,
                        InvitationState.WITHDRAWN, "2026-03-02T10:00:00Z", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closing")
    void closingFollowsCoverageAndEvidence(String name, Consumer<Ledger> before, Consumer<Ledger> between,
                                           boolean coverageComplete, Boolean override, InvitationState bobState,
                                           String bobClosedAt, int closedNow) {
        before.accept(ledger);
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13),
                row("bob-example", "Sent 3 days ago", 3, 3))));
        between.accept(ledger);
        ParsedRow ada = row("ada-example", "Sent 1 week ago", 7, 13);
        ParsedPage page = new ParsedPage(List.of(ada), new Coverage(1, coverageComplete ? 1 : 2, coverageComplete), List.of());
        MergeResult r = ledger.merge(new CaptureInput(null, at("2026-03-03T09:00:00Z"), "test", null, page, override));

        InvitationRecord bob = only(ledger, "in:bob-example");
        assertThat(bob.state()).isEqualTo(bobState);
        assertThat(bob.closedAt()).isEqualTo(bobClosedAt == null ? null : at(bobClosedAt));
        assertThat(r.closed()).isEqualTo(closedNow);
        assertThat(only(ledger, "in:ada-example").state()).isEqualTo(InvitationState.PENDING);
    }

    @Test
    void aCompleteCaptureClosesOnlyItsOwnAccount() {
        ledger.merge(capture("sales", "2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        ledger.merge(capture("default", "2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        MergeResult r = ledger.merge(capture("sales", "2026-03-02T09:00:00Z", complete()));
        assertThat(r.closedUnknown()).isEqualTo(1);
        assertThat(ledger.history("default").invitations()).singleElement()
                .extracting(InvitationRecord::state).isEqualTo(InvitationState.PENDING);
        assertThat(ledger.history("sales").invitations()).singleElement()
                .extracting(InvitationRecord::state).isEqualTo(InvitationState.CLOSED_UNKNOWN);
    }

    // ---- re-send vs reopened ---------------------------------------------------------------------

    @Test
    void aPersonReappearingAfterTheCloseIsAReSendLinkedToTheEarlierInvitation() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 3 days ago", 3, 3))));
        ledger.merge(capture("2026-03-03T09:00:00Z", complete()));
        MergeResult r = ledger.merge(capture("2026-03-06T09:00:00Z", complete(row("ada-example", "Sent today", 0, 0))));
        assertThat(r.resends()).isEqualTo(1);
        assertThat(r.created()).isZero();
        ledger.merge(capture("2026-03-08T09:00:00Z", complete()));
        ledger.merge(capture("2026-03-10T09:00:00Z", complete(row("ada-example", "Sent today", 0, 0))));

        List<InvitationRecord> all = all(ledger, "in:ada-example");
        assertThat(all).extracting(InvitationRecord::state, InvitationRecord::resendCount, InvitationRecord::closedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InvitationState.CLOSED_UNKNOWN, 0, at("2026-03-03T09:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(InvitationState.CLOSED_UNKNOWN, 1, at("2026-03-08T09:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(InvitationState.PENDING, 2, null));
        assertThat(all.get(1).previousId()).isEqualTo(all.get(0).id());
        assertThat(all.get(2).previousId()).isEqualTo(all.get(1).id());
        assertThat(all.get(2).sentAt()).isEqualTo(new SendWindow(at("2026-03-09T09:00:00Z"), at("2026-03-10T09:00:00Z")));
        assertThat(all.get(2).firstSeen()).isEqualTo("2026-03-10T09:00:00Z");
    }

    @Test
    void aWithdrawalThatDidNotTakeEffectReopensTheSameInvitation() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        WithdrawalRecord w = ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T10:00:00Z"), "observed");
        assertThat(only(ledger, "in:ada-example").state()).isEqualTo(InvitationState.WITHDRAWN);

        MergeResult r = ledger.merge(capture("2026-03-03T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));

        assertThat(r.reopened()).isEqualTo(1);
        assertThat(r.resends()).isZero();
        assertThat(r.warnings()).singleElement().asString()
                .contains("in:ada-example").contains("withdrawn").contains("reopened");
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.state()).isEqualTo(InvitationState.PENDING);
        assertThat(ada.closedAt()).isNull();
        assertThat(ada.withdrawnAt()).isNull();
        assertThat(ada.resendCount()).isZero();
        assertThat(ledger.withdrawals("default")).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo(w.id());
            assertThat(x.undoneAt()).isEqualTo("2026-03-03T09:00:00Z");
        });
        assertThat(ledger.history("default").captures().get(1).warnings()).isEqualTo(r.warnings());
    }

    @Test
    void aWronglyCompleteCaptureIsRepairedWhenThePersonShowsUpWithAnOldAge() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        ledger.merge(capture("2026-03-02T09:00:00Z", complete()));
        MergeResult r = ledger.merge(capture("2026-03-03T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        assertThat(r.reopened()).isEqualTo(1);
        assertThat(only(ledger, "in:ada-example").state()).isEqualTo(InvitationState.PENDING);
    }

    @Test
    void withoutAnAgeAReappearanceCountsAsAReSend() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T10:00:00Z"), "manual");
        MergeResult r = ledger.merge(capture("2026-03-30T09:00:00Z",
                complete(Pages.row("ada-example", "Sent recently", null, true))));
        assertThat(r.resends()).isEqualTo(1);
        assertThat(all(ledger, "in:ada-example")).extracting(InvitationRecord::state)
                .containsExactly(InvitationState.WITHDRAWN, InvitationState.PENDING);
    }

    @Test
    void aCaptureTakenBeforeARecordedWithdrawalBelongsToTheWithdrawnInvitation() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-05T10:00:00Z"), "manual");
        MergeResult r = ledger.merge(capture("2026-03-03T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        assertThat(r.outOfOrder()).isFalse();
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.reopened() + r.resends() + r.created()).isZero();
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.state()).isEqualTo(InvitationState.WITHDRAWN);
        assertThat(ada.lastSeen()).isEqualTo("2026-03-03T09:00:00Z");
    }

    // ---- out of order ----------------------------------------------------------------------------

    @Test
    void anOlderCaptureMergedLateClosesNothingSeenLaterAndKeepsTheNewestText() {
        ledger.merge(capture("2026-03-05T09:00:00Z", complete(
                Pages.named("ada-example", "Ada Newname", "CTO", "Sent 2 weeks ago", new AgeDays(14, 20), false),
                row("bob-example", "Sent today", 0, 0))));
        MergeResult r = ledger.merge(capture("2026-03-03T09:00:00Z", complete(
                Pages.named("ada-example", "Ada Oldname", "Intern", "Sent 1 week ago", new AgeDays(7, 13), false))));

        assertThat(r.outOfOrder()).isTrue();
        assertThat(r.closed()).isZero();
        assertThat(only(ledger, "in:bob-example").state()).isEqualTo(InvitationState.PENDING);
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.name()).isEqualTo("Ada Newname");
        assertThat(ada.headline()).isEqualTo("CTO");
        assertThat(ada.lastSentText()).isEqualTo("Sent 2 weeks ago");
        assertThat(ada.firstSeen()).isEqualTo("2026-03-03T09:00:00Z");
        assertThat(ada.lastSeen()).isEqualTo("2026-03-05T09:00:00Z");
        // (Feb 13, Feb 19] from Mar 5 "2 weeks" ∩ (Feb 17, Feb 24] from Mar 3 "1 week"
        assertThat(ada.sentAt()).isEqualTo(new SendWindow(at("2026-02-17T09:00:00Z"), at("2026-02-19T09:00:00Z")));
    }

    @Test
    void anOlderCaptureMergedLateAttachesToTheInvitationThatWasPendingThen() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        ledger.merge(capture("2026-03-05T09:00:00Z", complete()));
        MergeResult r = ledger.merge(capture("2026-03-03T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        assertThat(r.outOfOrder()).isTrue();
        assertThat(r.resends() + r.reopened() + r.created()).isZero();
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.state()).isEqualTo(InvitationState.CLOSED_UNKNOWN);
        assertThat(ada.closedAt()).isEqualTo("2026-03-05T09:00:00Z");
        assertThat(ada.lastSeen()).isEqualTo("2026-03-03T09:00:00Z");
    }

    @Test
    void anOlderCompleteCaptureStillClosesWhatWasLastSeenBeforeIt() {
        ledger.merge(capture("2026-03-01T09:00:00Z", partial(5, row("ada-example", "Sent 1 week ago", 7, 13),
                row("bob-example", "Sent 3 days ago", 3, 3))));
        ledger.merge(capture("2026-03-05T09:00:00Z", partial(5, row("ada-example", "Sent 1 week ago", 7, 13))));
        MergeResult r = ledger.merge(capture("2026-03-03T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
        assertThat(r.outOfOrder()).isTrue();
        assertThat(r.closedUnknown()).isEqualTo(1);
        assertThat(only(ledger, "in:bob-example").closedAt()).isEqualTo("2026-03-03T09:00:00Z");
        assertThat(only(ledger, "in:ada-example").state()).isEqualTo(InvitationState.PENDING);
    }

    // ---- bookkeeping -----------------------------------------------------------------------------

    @Test
    void observationsAreStoredOnlyWhenTheyChange() {
        int stored = 0;
        for (int day = 1; day <= 5; day++) {
            stored += ledger.merge(capture("2026-03-0" + day + "T09:00:00Z",
                    complete(row("ada-example", "Sent 1 week ago", 7, 13)))).observationsStored();
        }
        assertThat(stored).isEqualTo(1);
        MergeResult changed = ledger.merge(capture("2026-03-06T09:00:00Z", complete(row("ada-example", "Sent 2 weeks ago", 14, 20))));
        assertThat(changed.observationsStored()).isEqualTo(1);
        assertThat(ledger.count("observations")).isEqualTo(2);
        assertThat(ledger.count("captures")).isEqualTo(6);
    }

    @Test
    void latestTextWinsButANoteNeverDisappears() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(
                Pages.named("ada-example", "Ada Example", "Engineer", "Sent 1 week ago", new AgeDays(7, 13), true))));
        ledger.merge(capture("2026-03-02T09:00:00Z", complete(
                Pages.named("ada-example", "Ada E.", "Principal Engineer", "Sent 1 week ago", new AgeDays(7, 13), false))));
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.name()).isEqualTo("Ada E.");
        assertThat(ada.headline()).isEqualTo("Principal Engineer");
        assertThat(ada.hasNote()).isTrue();
    }

    @Test
    void hostileTextIsStoredVerbatimAndDuplicatesAreReported() {
        String name = "Robert'); DROP TABLE invitations;-- <img src=x onerror=alert(1)>";
        ParsedRow hostile = Pages.named("bobby-tables", name, "=1+1", "Sent today", new AgeDays(0, 0), false);
        ParsedPage page = new ParsedPage(List.of(hostile, hostile, row("ada-example", "Sent today", 0, 0)),
                new Coverage(3, 3, true), List.of("parser: one row had no age"));
        MergeResult r = ledger.merge(capture("2026-03-01T09:00:00Z", page));
        assertThat(r.keys()).containsExactly("in:bobby-tables", "in:ada-example");
        assertThat(r.warnings()).containsExactly("duplicate row for in:bobby-tables in the capture; kept the first");
        assertThat(only(ledger, "in:bobby-tables").name()).isEqualTo(name);
        assertThat(only(ledger, "in:bobby-tables").headline()).isEqualTo("=1+1");
        assertThat(ledger.history("default").captures()).singleElement().extracting(CaptureRecord::warnings)
                .asList().containsExactly("parser: one row had no age",
                        "duplicate row for in:bobby-tables in the capture; kept the first");
    }

    @Test
    void aDuplicateOfAPendingInvitationKeepsTheFirstRowAndTheNextCaptureIsNoDuplicate() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent today", 0, 0))));
        ParsedRow first = Pages.named("ada-example", "Ada First", "Headline", "Sent 1 day ago", new AgeDays(1, 1), false);
        ParsedRow second = Pages.named("ada-example", "Ada Second", "Headline", "Sent 1 day ago", new AgeDays(1, 1), false);
        MergeResult r = ledger.merge(capture("2026-03-02T09:00:00Z", complete(first, second)));
        assertThat(r.keys()).containsExactly("in:ada-example");
        assertThat(r.warnings()).containsExactly("duplicate row for in:ada-example in the capture; kept the first");
        assertThat(only(ledger, "in:ada-example").name()).isEqualTo("Ada First");
        // the resident ledger keeps the row between merges: listed by the last capture is not listed by this one
        MergeResult next = ledger.merge(capture("2026-03-03T09:00:00Z", complete(
                Pages.named("ada-example", "Ada Second", "Headline", "Sent 2 days ago", new AgeDays(2, 2), false))));
        assertThat(next.warnings()).isEmpty();
        assertThat(only(ledger, "in:ada-example").name()).isEqualTo("Ada Second");
    }

    @Test
    void aPendingInvitationWithAnActiveWithdrawalClosesAsWithdrawn() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("ledger").resolve("l.sqlite");
        try (Ledger l = Ledger.openFile(file)) {
            l.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13))));
            // a history written by other means (e.g. an older build) can hold a withdrawal on a pending row
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO withdrawals (invitation_id, withdrawn_at, source, recorded_at) VALUES (1, "
                        + at("2026-03-02T10:00:00Z").toEpochMilli() + ", 'manual', 0)");
            }
            MergeResult r = l.merge(capture("2026-03-03T09:00:00Z", complete()));
            assertThat(r.closedWithdrawn()).isEqualTo(1);
            InvitationRecord ada = l.history("default").invitations().get(0);
            assertThat(ada.state()).isEqualTo(InvitationState.WITHDRAWN);
            assertThat(ada.closedAt()).isEqualTo("2026-03-02T10:00:00Z");
        }
    }

    @Test
    void aCaptureOfOnlyUnknownPeopleCountsThemAsNew() {
        MergeResult r = ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent today", 0, 0),
                row("bob-example", "Sent today", 0, 0))));
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.captureId()).isPositive();
        assertThat(r.capturedAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
        assertThat(r.account()).isEqualTo("default");
        MergeResult again = ledger.merge(capture("2026-03-02T09:00:00Z", complete(row("ada-example", "Sent yesterday", 1, 1),
                row("bob-example", "Sent yesterday", 1, 1))));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
    }
}
