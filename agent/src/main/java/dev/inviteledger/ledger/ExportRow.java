package dev.inviteledger.ledger;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One invitation as {@code export} writes it: the columns power users keep in their own spreadsheets
 * (seed 001: name and company, date sent / withdrawn, personalization used, date one can reconnect).
 *
 * @param status   the ledger state: pending, withdrawn, accepted, closed-unknown
 * @param closedAs withdrawn, accepted, closed-unknown, or null while pending
 */
@JsonPropertyOrder({"key", "name", "headline", "profileUrl", "status", "sentAt", "firstSeen", "lastSeen", "hasNote",
        "closedAt", "closedAs", "withdrawnAt", "resendEligibleAt", "resendCount"})
public record ExportRow(String key, String name, String headline, String profileUrl, String status, SentAt sentAt,
                        Instant firstSeen, Instant lastSeen, boolean hasNote, Instant closedAt, String closedAs,
                        Instant withdrawnAt, Instant resendEligibleAt, int resendCount) {

    /** The narrowed send interval: the send instant lies in (earliest, latest]. */
    @JsonPropertyOrder({"earliest", "latest"})
    public record SentAt(Instant earliest, Instant latest) {}

    public static ExportRow of(InvitationRecord inv, Duration cooldown) {
        SentAt sentAt = inv.sentAt() == null ? null : new SentAt(inv.sentAt().earliest(), inv.sentAt().latest());
        String closedAs = inv.state().isClosed() ? inv.state().wireName() : null;
        Instant eligible = inv.withdrawnAt() == null ? null : inv.withdrawnAt().plus(cooldown);
        return new ExportRow(inv.key(), inv.name(), inv.headline(), inv.profileUrl(), inv.state().wireName(), sentAt,
                inv.firstSeen(), inv.lastSeen(), inv.hasNote(), inv.closedAt(), closedAs, inv.withdrawnAt(), eligible,
                inv.resendCount());
    }

    public static List<ExportRow> of(AccountHistory history, Duration cooldown) {
        return history.invitations().stream().map(inv -> of(inv, cooldown)).toList();
    }
}
