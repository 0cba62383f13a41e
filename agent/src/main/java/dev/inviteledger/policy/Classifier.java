package dev.inviteledger.policy;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.page.AgeDays;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Status, flags and reasons for one invitation record, from its send window's lower-bound age. */
final class Classifier {
    /**
     * The first week is always "fresh". Fixed rather than a setting: it is the floor of every published
     * withdraw rule (seed 003: most accept within 48–72 hours, withdraw after 7 days; seed 004: one or two
     * weeks), withdrawAfterDays may not go below it, and issue 2's default policy put the boundary here.
     */
    static final int FRESH_DAYS = 7;

    /** More earlier invitations to one person than this reads as spam (seed 000: one polite re-send is fine). */
    static final int POLITE_RESENDS = 1;

    private Classifier() {}

    static Status pendingStatus(AgeDays age, Policy policy) {
        if (age == null) {
            return Status.UNKNOWN;
        }
        int days = age.min();
        if (days < FRESH_DAYS) {
            return Status.FRESH;
        }
        if (days < policy.withdrawAfterDays()) {
            return Status.WAITING;
        }
        if (days < policy.overdueAfterDays()) {
            return Status.STALE;
        }
        return Status.OVERDUE;
    }

    static Classification classify(InvitationRecord r, Policy policy, Instant now, ZoneId zone) {
        AgeDays age = SendAge.at(r.sentAt(), now);
        Status status = switch (r.state()) {
            case PENDING -> pendingStatus(age, policy);
            case WITHDRAWN -> Status.WITHDRAWN;
            case ACCEPTED -> Status.ACCEPTED;
            case CLOSED_UNKNOWN -> Status.CLOSED_UNKNOWN;
        };
        // withdrawnAt is the logged withdrawal; closedAt stands in should a withdrawn record lack it
        Instant withdrawnAt = r.withdrawnAt() != null ? r.withdrawnAt() : r.closedAt();
        Instant resendFrom = status == Status.WITHDRAWN && withdrawnAt != null
                ? withdrawnAt.plus(policy.resendCooldownDays(), ChronoUnit.DAYS)
                : null;

        List<String> reasons = new ArrayList<>(statusReasons(status, age, policy, withdrawnAt, resendFrom, now, zone));
        List<Flag> flags = new ArrayList<>();
        if (!r.hasNote()) {
            flags.add(Flag.NO_NOTE);
            reasons.add("no personal note");
        }
        if (r.resendCount() > 0) {
            flags.add(Flag.RESENT);
            if (r.resendCount() > POLITE_RESENDS) {
                flags.add(Flag.SPAM_RISK);
                reasons.add("re-sent " + r.resendCount() + " times: serial re-sending reads as spam");
            } else {
                reasons.add("re-sent once: one polite re-send is fine, another would read as spam");
            }
        }
        if (r.keep()) {
            flags.add(Flag.KEEP);
            reasons.add("kept: you pinned it, so it is never planned for withdrawal");
        }
        return new Classification(r.id(), r.key(), r.name(), r.state(), status, age, r.hasNote(), flags, reasons,
                r.resendCount(), r.keep(), resendFrom, null);
    }

    private static List<String> statusReasons(Status status, AgeDays age, Policy p, Instant withdrawnAt,
                                              Instant resendFrom, Instant now, ZoneId zone) {
        String threshold = p.withdrawAfterDays() + "-day threshold";
        return switch (status) {
            case FRESH -> List.of(AgeText.sentAgo(age) + ", still fresh (under " + FRESH_DAYS + " days)");
            case WAITING -> List.of(AgeText.sentAgo(age) + ", under the " + threshold);
            case STALE -> List.of(AgeText.sentAgo(age) + ", past the " + threshold);
            case OVERDUE -> List.of(AgeText.sentAgo(age) + ", past the " + threshold,
                    "overdue: older than " + p.overdueAfterDays() + " days");
            case UNKNOWN -> List.of("send date unknown: never planned for withdrawal");
            case WITHDRAWN -> withdrawnReasons(withdrawnAt, resendFrom, now, zone);
            case ACCEPTED -> List.of("accepted: you are connected");
            case CLOSED_UNKNOWN -> List.of("no longer pending and not withdrawn by you: accepted, declined or "
                    + "expired — LinkedIn does not say which");
        };
    }

    private static List<String> withdrawnReasons(Instant withdrawnAt, Instant resendFrom, Instant now, ZoneId zone) {
        if (withdrawnAt == null) {
            return List.of("withdrawn (date not recorded)");
        }
        String from = resendFrom.atZone(zone).toLocalDate().toString();
        return List.of("withdrawn on " + withdrawnAt.atZone(zone).toLocalDate(),
                resendFrom.isAfter(now) ? "re-send possible from " + from : "re-send possible since " + from);
    }
}
