package dev.inviteledger.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** The user's writes between captures for the seeded ledger-history tests, and how one turned out. */
final class RandomLedgerWrites {
    private RandomLedgerWrites() {}

    /** A write that can be applied to several ledgers (the one under test and its reference). */
    interface Write {
        void apply(Ledger ledger);
    }

    /** "ok", or the simple name of the exception the write ended with: two ledgers must refuse the same writes. */
    static String outcome(Runnable write) {
        try {
            write.run();
            return "ok";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /**
     * An undo of an active withdrawal, or a pin or a withdrawal of a pending invitation the ledger knows; null when
     * there is nobody to act on. With {@code backdateHours > 0} one withdrawal in four is recorded up to that many
     * hours before {@code t} (before later captures).
     */
    static Write pendingWrite(Random random, Ledger ledger, String account, Instant t, int backdateHours) {
        List<InvitationRecord> pending = ledger.history(account).invitations().stream()
                .filter(i -> i.state() == InvitationState.PENDING).toList();
        List<WithdrawalRecord> active = ledger.withdrawals(account).stream().filter(w -> w.undoneAt() == null).toList();
        int kind = random.nextInt(3);
        if (kind == 1 && !active.isEmpty()) {
            long id = active.get(random.nextInt(active.size())).id();
            return l -> l.undoWithdrawal(id, t);
        }
        if (pending.isEmpty()) {
            return null;
        }
        String key = pending.get(random.nextInt(pending.size())).key();
        if (kind == 2) {
            boolean keep = random.nextBoolean();
            return l -> l.setKeep(account, key, keep);
        }
        Instant at = backdateHours > 0 && random.nextInt(4) == 0 ? t.minus(Duration.ofHours(random.nextInt(backdateHours))) : t;
        return l -> l.recordWithdrawal(account, key, at, "manual");
    }
}
