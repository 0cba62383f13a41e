package dev.inviteledger.policy;

import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.SendWindow;
import dev.inviteledger.ledger.WithdrawalRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Test builder for invitation records of invented people, aged relative to {@link #NOW}. */
final class Inv {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final ZoneId UTC = ZoneOffset.UTC;
    static final Duration DAY = Duration.ofDays(1);

    private long id;
    private String key;
    private String name;
    private InvitationState state = InvitationState.PENDING;
    private SendWindow sentAt;
    private Instant firstSeen;
    private boolean hasNote = true;
    private Instant closedAt;
    private Instant withdrawnAt;
    private int resendCount;
    private boolean keep;

    private Inv(long id) {
        this.id = id;
        this.key = "in:person-" + id;
        this.name = "Person " + id;
    }

    static Inv id(long id) {
        return new Inv(id);
    }

    /** The window a capture at {@code at} showing "Sent [min,max] days ago" gives. */
    static SendWindow window(Instant at, int min, int max) {
        return new SendWindow(at.minus(DAY.multipliedBy(max + 1L)), at.minus(DAY.multipliedBy(min)));
    }

    /** Aged [min,max] days at NOW, first seen at NOW. */
    Inv aged(int min, int max) {
        this.sentAt = window(NOW, min, max);
        this.firstSeen = firstSeen == null ? NOW : firstSeen;
        return this;
    }

    Inv aged(int days) {
        return aged(days, days);
    }

    Inv window(SendWindow w) {
        this.sentAt = w;
        return this;
    }

    Inv key(String key) {
        this.key = key;
        return this;
    }

    Inv name(String name) {
        this.name = name;
        return this;
    }

    Inv noNote() {
        this.hasNote = false;
        return this;
    }

    Inv keep() {
        this.keep = true;
        return this;
    }

    Inv resent(int count) {
        this.resendCount = count;
        return this;
    }

    Inv firstSeen(Instant t) {
        this.firstSeen = t;
        return this;
    }

    Inv withdrawn(Instant at) {
        this.state = InvitationState.WITHDRAWN;
        this.withdrawnAt = at;
        this.closedAt = at;
        return this;
    }

    Inv accepted(Instant at) {
        this.state = InvitationState.ACCEPTED;
        this.closedAt = at;
        return this;
    }

    Inv closedUnknown(Instant at) {
        this.state = InvitationState.CLOSED_UNKNOWN;
        this.closedAt = at;
        return this;
    }

    InvitationRecord build() {
        return new InvitationRecord(id, "me", key, name, "Invented headline", null, state, sentAt,
                firstSeen == null ? NOW : firstSeen, NOW, hasNote, closedAt, withdrawnAt, resendCount, null, keep,
                null);
    }

    static AccountHistory history(List<InvitationRecord> invitations) {
        return new AccountHistory("me", invitations, List.of(), List.of());
    }

    static AccountHistory history(List<InvitationRecord> invitations, List<CaptureRecord> captures,
                                  List<WithdrawalRecord> withdrawals) {
        return new AccountHistory("me", invitations, captures, withdrawals);
    }

    static CaptureRecord capture(long id, Instant at, int rowsSeen, Integer totalShown, boolean complete) {
        return new CaptureRecord(id, "me", at, "extension", rowsSeen, totalShown, complete, List.of());
    }

    static WithdrawalRecord withdrawal(long id, Instant at, boolean undone) {
        return new WithdrawalRecord(id, 1000 + id, "in:gone-" + id, "Gone " + id, at, "manual", undone ? at.plusSeconds(60) : null);
    }
}
