package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.Pages.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WithdrawalLogTest {
    private final Ledger ledger = Ledger.inMemory();

    @BeforeEach
    void twoPending() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13),
                row("bob-example", "Sent 3 days ago", 3, 3))));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void recordingClosesThePendingInvitationAtOnce() {
        WithdrawalRecord w = ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T10:00:00Z"), "observed");
        assertThat(w.key()).isEqualTo("in:ada-example");
        assertThat(w.name()).isEqualTo("Ada Example");
        assertThat(w.withdrawnAt()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(w.source()).isEqualTo("observed");
        assertThat(w.undoneAt()).isNull();
        assertThat(w.resendEligibleAt(Ledger.DEFAULT_RESEND_COOLDOWN)).isEqualTo("2026-03-23T10:00:00Z");
        assertThat(w.resendEligibleAt(Duration.ofDays(14))).isEqualTo("2026-03-16T10:00:00Z");

        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.state()).isEqualTo(InvitationState.WITHDRAWN);
        assertThat(ada.closedAt()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(ada.withdrawnAt()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(ledger.withdrawals("default")).containsExactly(w);
    }

    @Test
    void theSameWithdrawalReportedTwiceIsRecordedOnce() {
        WithdrawalRecord first = ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T10:00:00Z"), "observed");
        WithdrawalRecord second = ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T10:01:00Z"), "manual");
        assertThat(second).isEqualTo(first);
        assertThat(ledger.withdrawals("default")).hasSize(1);
    }

    @Test
    void unknownKeysAndBadSourcesAreRefused() {
        assertThatThrownBy(() -> ledger.recordWithdrawal("default", "in:nobody", at("2026-03-02T10:00:00Z"), "manual"))
                .isInstanceOf(UnknownInvitationException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no invitation to in:nobody in account default");
        assertThatThrownBy(() -> ledger.recordWithdrawal("other", "in:ada-example", at("2026-03-02T10:00:00Z"), "manual"))
                .isInstanceOf(UnknownInvitationException.class);
        assertThatThrownBy(() -> ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T10:00:00Z"), "robot"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observed");
        assertThatThrownBy(() -> ledger.undoWithdrawal(999, at("2026-03-02T10:00:00Z")))
                .isInstanceOf(UnknownInvitationException.class).hasMessage("no withdrawal #999");
        assertThat(ledger.withdrawals("default")).isEmpty();
    }

    @Test
    void undoingReturnsTheInvitationToPending() {
        WithdrawalRecord w = ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T10:00:00Z"), "manual");
        WithdrawalRecord undone = ledger.undoWithdrawal(w.id(), at("2026-03-02T10:05:00Z"));
        assertThat(undone.undoneAt()).isEqualTo("2026-03-02T10:05:00Z");
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.state()).isEqualTo(InvitationState.PENDING);
        assertThat(ada.closedAt()).isNull();
        assertThat(ada.withdrawnAt()).isNull();
        assertThat(ledger.undoWithdrawal(w.id(), at("2026-03-03T00:00:00Z")).undoneAt())
                .as("undo is idempotent").isEqualTo("2026-03-02T10:05:00Z");
    }

    @Test
    void undoingAfterACompleteCaptureNoLongerListedItLeavesItClosedUnknown() {
        WithdrawalRecord w = ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T10:00:00Z"), "manual");
        ledger.merge(capture("2026-03-03T09:00:00Z", complete(row("bob-example", "Sent 5 days ago", 5, 5))));
        ledger.undoWithdrawal(w.id(), at("2026-03-04T00:00:00Z"));
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.state()).isEqualTo(InvitationState.CLOSED_UNKNOWN);
        assertThat(ada.closedAt()).isEqualTo("2026-03-03T09:00:00Z");
    }

    @Test
    void undoingAfterAReSendLeavesTheEarlierInvitationClosedUnknown() {
        WithdrawalRecord w = ledger.recordWithdrawal("default", "in:bob-example", at("2026-03-02T10:00:00Z"), "manual");
        ledger.merge(capture("2026-03-25T09:00:00Z", partial(9, row("bob-example", "Sent today", 0, 0))));
        ledger.undoWithdrawal(w.id(), at("2026-03-26T00:00:00Z"));
        assertThat(all(ledger, "in:bob-example")).extracting(InvitationRecord::state)
                .containsExactly(InvitationState.CLOSED_UNKNOWN, InvitationState.PENDING);
    }

    @Test
    void aWithdrawalMarkedAfterTheInvitationVanishedTellsHowItClosed() {
        ledger.merge(capture("2026-03-03T09:00:00Z", complete(row("bob-example", "Sent 5 days ago", 5, 5))));
        assertThat(only(ledger, "in:ada-example").state()).isEqualTo(InvitationState.CLOSED_UNKNOWN);
        ledger.recordWithdrawal("default", "in:ada-example", at("2026-03-02T18:00:00Z"), "manual");
        InvitationRecord ada = only(ledger, "in:ada-example");
        assertThat(ada.state()).isEqualTo(InvitationState.WITHDRAWN);
        assertThat(ada.closedAt()).isEqualTo("2026-03-02T18:00:00Z");
    }

    @Test
    void anAcceptedInvitationCannotBeWithdrawn() {
        ledger.importExport("default", new DataExport(List.of(),
                List.of(new ExportedConnection("in:bob-example", LocalDate.parse("2026-03-01"))), 0, List.of()),
                at("2026-03-02T00:00:00Z"));
        assertThat(only(ledger, "in:bob-example").state()).isEqualTo(InvitationState.ACCEPTED);
        assertThatThrownBy(() -> ledger.recordWithdrawal("default", "in:bob-example", at("2026-03-02T10:00:00Z"), "manual"))
                .isInstanceOf(LedgerConflictException.class).hasMessageContaining("accepted");
    }
}
