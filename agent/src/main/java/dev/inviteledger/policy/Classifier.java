package dev.inviteledger.policy;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.page.AgeDays;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final List<String> ACCEPTED_REASONS = List.of("accepted: you are connected");
    private static final List<String> CLOSED_UNKNOWN_REASONS = List.of("no longer pending and not withdrawn by you: "
            + "accepted, declined or expired — LinkedIn does not say which");

    // Flags as bits, so the few possible flag lists are built once (the Classification keeps them as they are)
    private static final int NO_NOTE = 1;
    private static final int RESENT = 2;
    private static final int SPAM_RISK = 4;
    private static final int KEEP = 8;
    private static final List<Flag>[] FLAG_SETS = flagSets();

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
        return classify(r, new ReasonTexts(policy), now, zone);
    }

    /** One record; {@code texts} carries the policy and is shared by every record of one evaluation. */
    static Classification classify(InvitationRecord r, ReasonTexts texts, Instant now, ZoneId zone) {
        Policy policy = texts.policy();
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

        List<String> statusReasons = switch (status) {
            case FRESH, WAITING, STALE, OVERDUE, UNKNOWN -> texts.pending(status, age);
            case WITHDRAWN -> withdrawnReasons(withdrawnAt, resendFrom, now, zone);
            case ACCEPTED -> ACCEPTED_REASONS;
            case CLOSED_UNKNOWN -> CLOSED_UNKNOWN_REASONS;
        };
        int flags = flagBits(r);
        return new Classification(r.id(), r.key(), r.name(), r.state(), status, age, r.hasNote(), FLAG_SETS[flags],
                flags == 0 ? statusReasons : withFlagReasons(statusReasons, flags, r.resendCount()),
                r.resendCount(), r.keep(), resendFrom, null);
    }

    private static int flagBits(InvitationRecord r) {
        int bits = r.hasNote() ? 0 : NO_NOTE;
        if (r.resendCount() > 0) {
            bits |= r.resendCount() > POLITE_RESENDS ? RESENT | SPAM_RISK : RESENT;
        }
        return r.keep() ? bits | KEEP : bits;
    }

    /** The flag list of every combination of bits, in {@link Flag}'s documented order. */
    @SuppressWarnings("unchecked")
    private static List<Flag>[] flagSets() {
        List<Flag>[] sets = new List[16];
        for (int bits = 0; bits < 16; bits++) {
            List<Flag> flags = new ArrayList<>(4);
            if ((bits & NO_NOTE) != 0) {
                flags.add(Flag.NO_NOTE);
            }
            if ((bits & RESENT) != 0) {
                flags.add(Flag.RESENT);
            }
            if ((bits & SPAM_RISK) != 0) {
                flags.add(Flag.SPAM_RISK);
            }
            if ((bits & KEEP) != 0) {
                flags.add(Flag.KEEP);
            }
            sets[bits] = List.copyOf(flags);
        }
        return sets;
    }

    /** The status reasons followed by one sentence per flag, in flag order. */
    private static List<String> withFlagReasons(List<String> statusReasons, int flags, int resendCount) {
        String[] reasons = statusReasons.toArray(new String[statusReasons.size() + 3]);
        int n = statusReasons.size();
        if ((flags & NO_NOTE) != 0) {
            reasons[n++] = "no personal note";
        }
        if ((flags & SPAM_RISK) != 0) {
            reasons[n++] = "re-sent " + resendCount + " times: serial re-sending reads as spam";
        } else if ((flags & RESENT) != 0) {
            reasons[n++] = "re-sent once: one polite re-send is fine, another would read as spam";
        }
        if ((flags & KEEP) != 0) {
            reasons[n++] = "kept: you pinned it, so it is never planned for withdrawal";
        }
        // immutable already, so the Classification keeps the list instead of copying it
        return n == 2 ? List.of(reasons[0], reasons[1]) : List.of(Arrays.copyOf(reasons, n));
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
