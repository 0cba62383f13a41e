package dev.inviteledger.web;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.WithdrawalRecord;
import dev.inviteledger.policy.Classification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The withdrawal log LinkedIn never shows, with cooldowns: who can be invited again, and from when. */
public final class WithdrawalsPage {
    static final int PAGE_SIZE = 100;
    static final int FIRST_ROWS = 8;

    public record View(Chrome chrome, boolean empty, int total, int lastWeek, int coolingDown, int undone,
                       List<Resend> canResend, List<Entry> log, int from, int to, String previous, String next,
                       int cooldownDays) {
        /** The people whose cooldown ended most recently, always shown. */
        public List<Resend> resendFirst() {
            return canResend.subList(0, Math.min(FIRST_ROWS, canResend.size()));
        }

        public List<Resend> resendRest() {
            return canResend.subList(Math.min(FIRST_ROWS, canResend.size()), canResend.size());
        }
    }

    /**
     * Someone whose cooldown has passed and who was not invited again since.
     *
     * @param resends earlier re-sends to this person (one more would read as spam when ≥ 1)
     */
    public record Resend(String name, String profileUrl, String withdrawn, String since, int resends) {}

    /** One withdrawal. {@code undoable}: still active, so the user can take it back. */
    public record Entry(long id, String name, String profileUrl, String when, String source, String resendFrom,
                        String resendWhen, boolean resendPassed, String undoneAt, boolean undoable) {}

    private WithdrawalsPage() {}

    static View build(Chrome chrome, Snapshot s, List<WithdrawalRecord> withdrawals, int page) {
        Fmt fmt = s.fmt();
        Instant now = fmt.now();
        Duration cooldown = Duration.ofDays(s.policy().resendCooldownDays());
        Map<Long, InvitationRecord> records = s.recordsById();
        Map<String, Classification> current = s.evaluation().indexByKey();

        List<WithdrawalRecord> newestFirst = new ArrayList<>(withdrawals);
        newestFirst.sort(Comparator.comparing(WithdrawalRecord::withdrawnAt).thenComparingLong(WithdrawalRecord::id).reversed());

        List<Resend> canResend = new ArrayList<>();
        int coolingDown = 0;
        int undone = 0;
        int lastWeek = 0;
        for (WithdrawalRecord w : newestFirst) {
            if (!w.active()) {
                undone++;
                continue;
            }
            lastWeek += w.withdrawnAt().isAfter(now.minus(Duration.ofDays(7))) ? 1 : 0;
            Instant eligible = w.resendEligibleAt(cooldown);
            Classification latest = current.get(w.key());
            // only if this withdrawal is still the person's latest word: not re-sent, not connected since
            boolean stillLatest = latest != null && latest.id() == w.invitationId() && latest.state() == InvitationState.WITHDRAWN;
            if (!stillLatest) {
                continue;
            }
            if (eligible.isAfter(now)) {
                coolingDown++;
            } else {
                InvitationRecord r = records.get(w.invitationId());
                canResend.add(new Resend(w.name(), r == null ? null : Urls.profile(r.profileUrl()), fmt.date(w.withdrawnAt()),
                        fmt.date(eligible), r == null ? 0 : r.resendCount()));
            }
        }

        int pages = Math.max(1, (newestFirst.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(1, page), pages);
        int from = (p - 1) * PAGE_SIZE;
        int to = Math.min(newestFirst.size(), from + PAGE_SIZE);
        List<Entry> log = new ArrayList<>();
        for (WithdrawalRecord w : newestFirst.subList(from, to)) {
            InvitationRecord r = records.get(w.invitationId());
            Instant eligible = w.resendEligibleAt(cooldown);
            log.add(new Entry(w.id(), w.name(), r == null ? null : Urls.profile(r.profileUrl()), fmt.dateTime(w.withdrawnAt()),
                    WithdrawalRecord.OBSERVED.equals(w.source()) ? "seen by the extension" : "marked by you",
                    fmt.date(eligible), fmt.relative(eligible), !eligible.isAfter(now),
                    w.active() ? null : fmt.dateTime(w.undoneAt()), w.active()));
        }
        String account = chrome.severalAccounts() ? s.account() : null;
        return new View(chrome, s.empty(), (int) newestFirst.stream().filter(WithdrawalRecord::active).count(), lastWeek,
                coolingDown, undone, canResend, log, newestFirst.isEmpty() ? 0 : from + 1, to,
                p > 1 ? Urls.of("/withdrawals", "account", account, "page", Integer.toString(p - 1)) : null,
                p < pages ? Urls.of("/withdrawals", "account", account, "page", Integer.toString(p + 1)) : null,
                s.policy().resendCooldownDays());
    }
}
