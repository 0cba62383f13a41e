package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.Pages.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How LinkedIn's data export folds into the ledger (parsing is tested in the dataexport package). */
class ImportRulesTest {
    private final Ledger ledger = Ledger.inMemory();

    @AfterEach
    void close() {
        ledger.close();
    }

    private static ExportedInvitation sent(String slug, String minute, boolean note) {
        return new ExportedInvitation("in:" + slug, nameOf(slug), "https://www.linkedin.com/in/" + slug + "/",
                Instant.parse(minute), note, "Invitations.csv:2");
    }

    private ImportResult importing(String at, List<ExportedInvitation> sent, List<ExportedConnection> connections) {
        return ledger.importExport("default", new DataExport(sent, connections, 0, List.of()), Instant.parse(at));
    }

    private static ExportedConnection connected(String slug, String day) {
        return new ExportedConnection("in:" + slug, LocalDate.parse(day));
    }

    @Test
    void anExactSendTimeSharpensThePageInterval() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 2 weeks ago", 14, 20))));
        ImportResult r = importing("2026-03-02T12:00:00Z", List.of(sent("ada-example", "2026-02-12T15:30:00Z", true)), List.of());
        assertThat(r.sharpened()).isEqualTo(1);
        assertThat(r.created()).isZero();
        assertThat(r.captureId()).isNotNull();
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.sentAt()).isEqualTo(new SendWindow(at("2026-02-12T15:30:00Z"), at("2026-02-12T15:31:00Z")));
        assertThat(ada.hasNote()).isTrue();
        assertThat(ada.lastSeen()).as("the export is not a sighting").isEqualTo("2026-03-01T09:00:00Z");

        // later page captures keep the exact minute
        ledger.merge(capture("2026-03-05T09:00:00Z", complete(row("ada-example", "Sent 2 weeks ago", 14, 20))));
        assertThat(only(ledger, "in:ada-example").sentAt()).isEqualTo(ada.sentAt());
    }

    @Test
    void whenTheExportContradictsThePageAgesTheExportWins() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 3 days ago", 3, 3))));
        ImportResult r = importing("2026-03-02T12:00:00Z", List.of(sent("ada-example", "2026-02-20T10:00:00Z", false)), List.of());
        assertThat(r.warnings()).singleElement().asString().contains("in:ada-example").contains("kept the export's time");
        assertThat(only(ledger, "in:ada-example").sentAt())
                .isEqualTo(new SendWindow(at("2026-02-20T10:00:00Z"), at("2026-02-20T10:01:00Z")));
    }

    @Test
    void anInvitationNotSeenYetBecomesPendingUnlessALaterCompleteCaptureLackedIt() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 3 days ago", 3, 3))));
        ImportResult r = importing("2026-03-02T12:00:00Z", List.of(
                sent("frank-example", "2026-03-01T18:00:00Z", true),     // after the complete capture: new
                sent("gina-example", "2026-02-27T18:00:00Z", false)),    // before it, yet not listed: already gone
                List.of());
        assertThat(r.created()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.warnings()).singleElement().asString().contains("in:gina-example").contains("the export is older");
        InvitationRecord frank = only(ledger, "in:frank-example");
        assertThat(frank.state()).isEqualTo(InvitationState.PENDING);
        assertThat(frank.firstSeen()).isEqualTo("2026-03-02T12:00:00Z");
        assertThat(frank.lastSeen()).isEqualTo("2026-03-02T12:00:00Z");
        assertThat(frank.hasNote()).isTrue();
        assertThat(frank.profileUrl()).isEqualTo("https://www.linkedin.com/in/frank-example/");
        assertThat(frank.lastSentText()).isNull();
        assertThat(all(ledger, "in:gina-example")).isEmpty();

        // the import is not a page capture: merging a capture from before it is still in order
        MergeResult m = ledger.merge(capture("2026-03-02T09:00:00Z", complete(row("ada-example", "Sent 4 days ago", 4, 4))));
        assertThat(m.outOfOrder()).isFalse();
        assertThat(only(ledger, "in:frank-example").state()).as("seen after this capture").isEqualTo(InvitationState.PENDING);
        ledger.merge(capture("2026-03-03T09:00:00Z", complete(row("ada-example", "Sent 5 days ago", 5, 5))));
        assertThat(only(ledger, "in:frank-example").state()).isEqualTo(InvitationState.CLOSED_UNKNOWN);
    }

    @Test
    void anExportRowOfAClosedInvitationSharpensItAndCreatesNothing() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 3 days ago", 3, 3))));
        ledger.merge(capture("2026-03-03T09:00:00Z", complete()));
        ImportResult r = importing("2026-03-04T12:00:00Z", List.of(sent("ada-example", "2026-02-25T20:00:00Z", false)), List.of());
        assertThat(r.created()).isZero();
        assertThat(r.sharpened()).isEqualTo(1);
        assertThat(only(ledger, "in:ada-example").state()).isEqualTo(InvitationState.CLOSED_UNKNOWN);
    }

    @Test
    void anExportRowSentAfterTheCloseIsAReSendNotSeenYet() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 3 days ago", 3, 3))));
        ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-01T10:00:00Z"), "manual");
        ImportResult r = importing("2026-03-25T12:00:00Z", List.of(sent("ada-example", "2026-03-24T08:00:00Z", true)), List.of());
        assertThat(r.created()).isEqualTo(1);
        assertThat(all(ledger, "in:ada-example")).extracting(InvitationRecord::state, InvitationRecord::resendCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InvitationState.WITHDRAWN, 0),
                        org.assertj.core.groups.Tuple.tuple(InvitationState.PENDING, 1));
    }

    @Test
    void connectionEvidenceAcceptsPendingAndClosedUnknownInvitationsItExplains() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 3 days ago", 3, 3),
                row("bob-example", "Sent 1 week ago", 7, 13), row("carol-example", "Sent today", 0, 0))));
        ledger.merge(capture("2026-03-04T09:00:00Z", complete(row("ada-example", "Sent 6 days ago", 6, 6),
                row("carol-example", "Sent 3 days ago", 3, 3))));
        ImportResult r = importing("2026-03-06T12:00:00Z", List.of(), List.of(
                connected("ada-example", "2026-03-05"),     // pending, connected after it was last seen
                connected("bob-example", "2026-03-02"),     // vanished on Mar 4, connected Mar 2
                connected("carol-example", "2026-03-02"),   // still listed on Mar 4: an older connection
                connected("zed-example", "2024-01-15")));   // no invitation
        assertThat(r.evidenceAdded()).isEqualTo(4);
        assertThat(r.accepted()).isEqualTo(2);
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.state()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(ada.closedAt()).isEqualTo("2026-03-05T00:00:00Z");
        InvitationRecord bob = only(ledger, "in:bob-example");
        assertThat(bob.state()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(bob.closedAt()).as("when the ledger saw it go").isEqualTo("2026-03-04T09:00:00Z");
        assertThat(only(ledger, "in:carol-example").state()).isEqualTo(InvitationState.PENDING);

        ImportResult again = importing("2026-03-07T12:00:00Z", List.of(), List.of(connected("ada-example", "2026-03-05"),
                connected("bob-example", "2026-03-02"), connected("carol-example", "2026-03-02"),
                connected("zed-example", "2024-01-15")));
        assertThat(again.changedAnything()).isFalse();
        assertThat(again.captureId()).isNull();
    }

    @Test
    void importingTheSameExportTwiceChangesNothing() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 2 weeks ago", 14, 20))));
        List<ExportedInvitation> sent = List.of(sent("ada-example", "2026-02-12T15:30:00Z", true),
                sent("frank-example", "2026-03-01T18:00:00Z", false));
        List<ExportedConnection> conns = List.of(connected("bob-example", "2026-01-01"));
        ImportResult first = importing("2026-03-02T12:00:00Z", sent, conns);
        assertThat(first.changedAnything()).isTrue();
        AccountHistory before = ledger.history("default");
        long evidence = ledger.count("connection_evidence");

        ImportResult second = importing("2026-03-03T12:00:00Z", sent, conns);
        assertThat(second.changedAnything()).isFalse();
        assertThat(second.captureId()).isNull();
        assertThat(ledger.history("default")).isEqualTo(before);
        assertThat(ledger.count("connection_evidence")).isEqualTo(evidence);
    }

    @Test
    void aFailureHalfWayWritesNothing() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 2 weeks ago", 14, 20))));
        AccountHistory before = ledger.history("default");
        DataExport broken = new DataExport(List.of(sent("frank-example", "2026-03-01T18:00:00Z", false)),
                List.of(new ExportedConnection(null, LocalDate.parse("2026-01-01"))), 0, List.of());
        assertThatThrownBy(() -> ledger.importExport("default", broken, Instant.parse("2026-03-02T12:00:00Z")))
                .isInstanceOf(LedgerException.class);
        assertThat(ledger.history("default")).isEqualTo(before);
        assertThat(ledger.count("connection_evidence")).isZero();
    }
}
