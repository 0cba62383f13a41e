package dev.inviteledger.web;

import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.SignalRecord;
import dev.inviteledger.policy.AcceptanceCurve;
import dev.inviteledger.policy.Answer;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Headroom;
import dev.inviteledger.policy.Level;
import dev.inviteledger.policy.PaceBand;
import dev.inviteledger.policy.PlanEntry;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.Status;
import dev.inviteledger.policy.Today;
import dev.inviteledger.policy.WithdrawalPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dashboard of one account: where it stands, what to withdraw today, how it got here. */
public final class DashboardPage {
    static final int SEND_DAYS = 42;
    static final int PENDING_TABLE_DAYS = 14;
    static final int FIRST_ROWS = 10;

    private DashboardPage() {}

    /** Everything the dashboard template shows; {@code empty} when the ledger has no account yet. */
    public record View(Chrome chrome, boolean empty, Hero hero, List<Card> cards, Checklist checklist,
                       Quality quality, PendingTable pending, SendsTable sends, List<StatusRow> statuses,
                       Acceptance acceptance, String dataUrl) {}

    /** The first thing on the page: the account's position in one sentence. */
    public record Hero(String eyebrow, String headline, String level, String tone, String lede) {}

    /** A headline number with its gauge. {@code tone}: ok, watch, near, cap or neutral. */
    public record Card(String title, String value, String unit, String tone, String badge, Meter meter,
                       List<String> notes) {}

    /** Today's withdrawals to do by hand on LinkedIn. */
    public record Checklist(List<Item> items, int done, int planned, int budget, String later, int unknownAge,
                            int keptBack, String sentTab, String account) {
        /** The first rows, always shown. */
        public List<Item> first() {
            return items.subList(0, Math.min(FIRST_ROWS, items.size()));
        }

        /** The rest of today's list, behind a "show" toggle. */
        public List<Item> rest() {
            return items.subList(Math.min(FIRST_ROWS, items.size()), items.size());
        }
    }

    /** One invitation on today's list; {@code why} are short tags, {@code reasons} the engine's sentences. */
    public record Item(int rank, String key, String name, String profileUrl, String headline, String age,
                       List<InvitationsPage.Chip> why, String reasons) {}

    /** How much to trust the numbers: the latest capture and what went wrong lately. */
    public record Quality(String lastCapture, String lastCaptureAt, String coverage, boolean complete,
                          String pendingSource, List<String> warnings, List<Signal> signals, int capturesLastWeek,
                          String lastImport) {}

    /** A LinkedIn limit message the extension saw. */
    public record Signal(String when, String text) {}

    public record PendingTable(List<Row> rows, String now, String low, String high, String change) {}

    public record Row(String label, String value) {}

    public record SendsTable(List<SendRow> rows, int daysInBand, int daysWithSends, int unplaced, String today) {}

    public record SendRow(String day, int exact, int approximate, boolean inBand) {}

    public record StatusRow(String status, String label, int count, String tone, String href) {}

    public record Acceptance(String message, int closings, int recommended, int configured, boolean fromHistory,
                             List<BandRow> bands, String paceNote, int paceExcluded, String source) {}

    public record BandRow(String band, int days, int sent, int decided, String rate, String published, boolean peak) {}

    static View empty(Chrome chrome) {
        return new View(chrome, true, null, List.of(), null, null, null, null, List.of(), null, null);
    }

    static View build(Chrome chrome, Snapshot s, List<SignalRecord> signals) {
        Evaluation e = s.evaluation();
        return new View(chrome, false, hero(s), cards(e.headroom(), e.plan().today(), e.policy()), checklist(s),
                quality(s, signals), pendingTable(s), sendsTable(s), statusRows(chrome, e),
                acceptance(e.acceptance()), Urls.of("/status-data/dashboard", "account", s.account()));
    }

    // ---- hero --------------------------------------------------------------------------------------------

    private static Hero hero(Snapshot s) {
        Headroom h = s.evaluation().headroom();
        Policy p = s.policy();
        int watchCount = (int) Math.ceil(p.watchAt() * p.pendingCap());
        String lede = switch (h.level()) {
            case OK -> Fmt.percent(h.share()) + " of your " + Fmt.number(h.pendingCap()) + " cap: "
                    + Fmt.plural(watchCount - h.pending(), "invitation") + " below the watch level ("
                    + Fmt.percent(p.watchAt()) + ").";
            case WATCH, NEAR_CAP -> Fmt.percent(h.share()) + " of your " + Fmt.number(h.pendingCap())
                    + " cap. Withdraw " + Fmt.number(h.withdrawToWatch()) + " to get back under the watch level ("
                    + Fmt.percent(p.watchAt()) + ")" + (h.daysToWatch() == null ? "."
                    : h.daysToWatch() <= 1 ? ": today's list does it." : ": about " + h.daysToWatch() + " days at "
                    + p.dailyWithdrawals() + " a day.");
            case AT_CAP -> "At or past your " + Fmt.number(h.pendingCap()) + " cap: LinkedIn may refuse new "
                    + "invitations. Withdraw " + Fmt.number(h.withdrawToWatch()) + " to get back under the watch level.";
        };
        String eyebrow = "Account " + s.account() + " · last capture " + lastPageCapture(s)
                .map(c -> s.fmt().relative(c.capturedAt())).orElse("never");
        return new Hero(eyebrow, Fmt.number(h.pending()) + " pending invitations", levelLabel(h.level()),
                tone(h.level()), lede);
    }

    static String levelLabel(Level level) {
        return switch (level) {
            case OK -> "OK";
            case WATCH -> "Watch";
            case NEAR_CAP -> "Near cap";
            case AT_CAP -> "At cap";
        };
    }

    static String tone(Level level) {
        return switch (level) {
            case OK -> "ok";
            case WATCH -> "watch";
            case NEAR_CAP -> "near";
            case AT_CAP -> "cap";
        };
    }

    // ---- cards -------------------------------------------------------------------------------------------

    private static List<Card> cards(Headroom h, Today today, Policy p) {
        List<Card> cards = new ArrayList<>();
        double cap = h.pendingCap();
        Meter pending = new Meter.Builder(cap)
                .band("ok", 0, p.watchAt() * cap).band("watch", p.watchAt() * cap, p.nearCapAt() * cap)
                .band("near", p.nearCapAt() * cap, cap)
                .fill(tone(h.level()), 0, Math.min(h.pending(), cap))
                .tick(0, "0").tick(p.watchAt() * cap, Fmt.percent(p.watchAt()))
                .tick(p.nearCapAt() * cap, Fmt.percent(p.nearCapAt())).tick(cap, Fmt.number(h.pendingCap()))
                .build(h.pending() + " pending of a " + h.pendingCap() + " cap: " + Fmt.percent(h.share())
                        + ", level " + levelLabel(h.level()));
        List<String> pendingNotes = new ArrayList<>();
        pendingNotes.add(Fmt.number(Math.max(0, h.pendingHeadroom())) + " left before the cap");
        if (h.withdrawnSinceCapture() > 0) {
            pendingNotes.add(h.withdrawnSinceCapture() + " withdrawn since the last capture already counted");
        }
        cards.add(new Card("Pending vs cap", Fmt.number(h.pending()), "of " + Fmt.number(h.pendingCap()),
                tone(h.level()), levelLabel(h.level()), pending, pendingNotes));

        int limit = h.weeklyLimit();
        int min = h.sentLast7Days().min();
        int max = h.sentLast7Days().max();
        String weeklyTone = switch (h.overWeeklyLimit()) {
            case YES -> "cap";
            case MAYBE -> "near";
            case NO -> max >= limit * 0.8 ? "watch" : "ok";
        };
        Meter weekly = new Meter.Builder(Math.max(limit, max))
                .band("track", 0, Math.max(limit, max))
                .fill(weeklyTone, 0, min).fill(weeklyTone + "-maybe", min, max)
                .tick(0, "0").tick(limit, "limit " + limit)
                .build("Sent in the last 7 days: " + Fmt.range(min, max) + " of a weekly limit of " + limit);
        String left = h.weeklyHeadroom().max() < 0 ? "over the limit by " + Fmt.range(-h.weeklyHeadroom().max(), -h.weeklyHeadroom().min())
                : Fmt.range(Math.max(0, h.weeklyHeadroom().min()), h.weeklyHeadroom().max()) + " left this week";
        cards.add(new Card("Sent in the last 7 days", Fmt.range(min, max), "of " + limit, weeklyTone,
                h.overWeeklyLimit() == Answer.NO ? null : "Limit", weekly,
                List.of(left, min == max ? "send dates known to the day" : "a range: some send dates are only known to a few days")));

        int budget = today.budget();
        Meter progress = new Meter.Builder(Math.max(budget, today.done() + today.planned()))
                .band("track", 0, Math.max(budget, today.done() + today.planned()))
                .fill("ok", 0, today.done()).fill("todo", today.done(), today.done() + today.planned())
                .tick(0, "0").tick(budget, budget + " a day")
                .build(today.done() + " withdrawn today, " + today.planned() + " still on today's list, budget " + budget);
        cards.add(new Card("Withdrawals today", Integer.toString(today.done()), "done", "neutral",
                today.planned() == 0 ? "Done" : null, progress,
                List.of(today.planned() == 0 ? "nothing left on today's list" : today.planned() + " still on today's list",
                        "paced at " + p.dailyWithdrawals() + " a day, never all at once")));

        int todayMin = h.pace().sentToday().min();
        int todayMax = h.pace().sentToday().max();
        int paceScale = Math.max(30, todayMax + 2);
        Meter pace = new Meter.Builder(paceScale)
                .band("track", 0, paceScale).band("peak", PaceBand.PEAK.low(), PaceBand.PEAK.high() + 1)
                .fill("accent", 0, todayMin).fill("accent-maybe", todayMin, todayMax)
                .tick(0, "0").tick(PaceBand.PEAK.low(), "10").tick(PaceBand.PEAK.high() + 1, "19").tick(paceScale, Integer.toString(paceScale))
                .build("Sent today: " + Fmt.range(todayMin, todayMax) + "; best acceptance at 10 to 19 a day");
        String paceBadge = switch (h.pace().inPeakBand()) {
            case YES -> "In the band";
            case MAYBE -> "Maybe";
            case NO -> null;
        };
        cards.add(new Card("Sent today", Fmt.range(todayMin, todayMax), "invitations", "neutral", paceBadge, pace,
                List.of("34% acceptance at 10–19 a day, 30.6% at 20–29 (seed 000)")));
        return cards;
    }

    // ---- checklist ---------------------------------------------------------------------------------------

    private static Checklist checklist(Snapshot s) {
        WithdrawalPlan plan = s.evaluation().plan();
        Map<Long, InvitationRecord> records = s.recordsById();
        List<Item> items = new ArrayList<>();
        int tomorrow = 0;
        for (PlanEntry entry : plan.entries()) {
            if (entry.today()) {
                InvitationRecord r = records.get(entry.id());
                List<InvitationsPage.Chip> why = new ArrayList<>();
                why.add(entry.status() == Status.OVERDUE ? new InvitationsPage.Chip("overdue", "cap")
                        : new InvitationsPage.Chip("past " + s.policy().withdrawAfterDays() + " days", "watch"));
                if (!entry.hasNote()) {
                    why.add(new InvitationsPage.Chip("no note", "muted"));
                }
                s.evaluation().forId(entry.id()).ifPresent(c -> {
                    if (c.resendCount() == 1) {
                        why.add(new InvitationsPage.Chip("re-sent once", "muted"));
                    } else if (c.resendCount() > 1) {
                        why.add(new InvitationsPage.Chip("re-sent " + c.resendCount() + "×", "cap"));
                    }
                });
                items.add(new Item(entry.rank(), entry.key(), entry.name(), r == null ? null : Urls.profile(r.profileUrl()),
                        r == null ? null : r.headline(), Fmt.age(entry.ageNow()), why, String.join("; ", entry.reasons())));
            } else if (entry.batch() == 2) {
                tomorrow++;
            }
        }
        int after = plan.entries().size() - items.size() - tomorrow;
        String later = plan.entries().size() == items.size() ? "Nothing planned after today."
                : tomorrow + " planned for tomorrow" + (after > 0 ? ", " + after + " more over the following "
                + Fmt.plural(plan.batches() - 2, "day") : "") + ".";
        return new Checklist(items, plan.today().done(), plan.today().planned(), plan.today().budget(), later,
                plan.unknownAge().size(), plan.keptBack().size(), Urls.SENT_TAB, s.account());
    }

    // ---- data quality ------------------------------------------------------------------------------------

    private static java.util.Optional<CaptureRecord> lastPageCapture(Snapshot s) {
        List<CaptureRecord> captures = s.history().captures();
        for (int i = captures.size() - 1; i >= 0; i--) {
            if (!Series.IMPORT_SOURCE.equals(captures.get(i).source())) {
                return java.util.Optional.of(captures.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private static Quality quality(Snapshot s, List<SignalRecord> signals) {
        Fmt fmt = s.fmt();
        Headroom h = s.evaluation().headroom();
        CaptureRecord last = lastPageCapture(s).orElse(null);
        String coverage = last == null ? "no capture yet"
                : last.totalShown() != null ? last.rowsSeen() + " of People (" + last.totalShown() + ") on the page"
                : last.rowsSeen() + " rows, no People count on the page";
        String source = switch (h.pendingSource()) {
            case PEOPLE_COUNT -> "LinkedIn's own People count in the latest capture";
            case COMPLETE_CAPTURE -> "the rows of the latest complete capture";
            case LEDGER -> "the invitations the ledger has seen (a lower bound)";
        };
        List<String> warnings = new ArrayList<>();
        if (last != null) {
            warnings.addAll(last.warnings());
        }
        warnings.addAll(s.evaluation().warnings());
        int lastWeek = (int) s.history().captures().stream()
                .filter(c -> !Series.IMPORT_SOURCE.equals(c.source()))
                .filter(c -> c.capturedAt().isAfter(fmt.now().minus(Duration.ofDays(7)))).count();
        String lastImport = s.history().captures().stream().filter(c -> Series.IMPORT_SOURCE.equals(c.source()))
                .reduce((a, b) -> b).map(c -> fmt.relative(c.capturedAt())).orElse(null);
        List<Signal> shown = signals.stream().limit(5)
                .map(sig -> new Signal(fmt.dateTime(sig.seenAt()), sig.text())).toList();
        return new Quality(last == null ? "never" : fmt.relative(last.capturedAt()),
                last == null ? null : fmt.dateTime(last.capturedAt()), coverage, last != null && last.complete(),
                source, warnings, shown, lastWeek, lastImport);
    }

    // ---- chart tables ------------------------------------------------------------------------------------

    private static PendingTable pendingTable(Snapshot s) {
        List<Series.PendingPoint> points = Series.pendingByDay(s.history().captures(), s.fmt());
        if (points.isEmpty()) {
            return new PendingTable(List.of(), "—", "—", "—", "—");
        }
        List<Row> rows = new ArrayList<>();
        for (Series.PendingPoint p : points.subList(Math.max(0, points.size() - PENDING_TABLE_DAYS), points.size())) {
            rows.add(new Row(Fmt.weekdayDate(p.day()), Fmt.number(p.pending())));
        }
        java.util.Collections.reverse(rows);
        int low = points.stream().mapToInt(Series.PendingPoint::pending).min().orElse(0);
        int high = points.stream().mapToInt(Series.PendingPoint::pending).max().orElse(0);
        Series.PendingPoint latest = points.get(points.size() - 1);
        Series.PendingPoint monthAgo = points.stream().filter(p -> !p.day().isAfter(latest.day().minusDays(30)))
                .reduce((a, b) -> b).orElse(points.get(0));
        int change = latest.pending() - monthAgo.pending();
        String changeText = (change > 0 ? "+" : change < 0 ? "−" : "±") + Math.abs(change) + " since "
                + Fmt.shortDate(monthAgo.day());
        return new PendingTable(rows, Fmt.number(latest.pending()), Fmt.number(low), Fmt.number(high), changeText);
    }

    private static SendsTable sendsTable(Snapshot s) {
        Series.Sends sends = Series.sendsPerDay(s.history().invitations(), s.fmt(), SEND_DAYS);
        List<SendRow> rows = new ArrayList<>();
        int inBand = 0;
        int withSends = 0;
        for (Series.SendDay d : sends.days()) {
            boolean band = d.total() >= PaceBand.PEAK.low() && d.total() <= PaceBand.PEAK.high();
            inBand += band ? 1 : 0;
            withSends += d.total() > 0 ? 1 : 0;
            if (d.total() > 0) {
                rows.add(new SendRow(Fmt.weekdayDate(d.day()), d.exact(), d.approximate(), band));
            }
        }
        java.util.Collections.reverse(rows);
        Headroom h = s.evaluation().headroom();
        return new SendsTable(rows, inBand, withSends, sends.unplaced(), h.pace().note());
    }

    private static List<StatusRow> statusRows(Chrome chrome, Evaluation e) {
        Map<Status, Integer> counts = Series.statusCounts(e.invitations());
        List<StatusRow> rows = new ArrayList<>();
        for (Status status : Status.values()) {
            rows.add(new StatusRow(status.wireName(), InvitationsPage.statusLabel(status), counts.get(status),
                    status.wireName(), Urls.of("/invitations", "account", chrome.severalAccounts() ? chrome.account() : null,
                    "status", status.wireName())));
        }
        return rows;
    }

    private static Acceptance acceptance(AcceptanceCurve curve) {
        List<BandRow> bands = new ArrayList<>();
        for (AcceptanceCurve.BandRate b : curve.byPace()) {
            bands.add(new BandRow(b.band().label() + " a day", b.days(), b.sent(), b.decided(),
                    b.rate() == null ? "—" : Fmt.percentRange(b.rate().min(), b.rate().max()),
                    b.published() == null ? "—" : Fmt.decimal(Math.round(b.published() * 1000) / 10.0) + "%",
                    b.band() == PaceBand.PEAK));
        }
        return new Acceptance(curve.message(), curve.closings(), curve.recommendedWithdrawAfterDays(),
                curve.configuredWithdrawAfterDays(), curve.fromHistory(), bands, curve.paceNote(), curve.paceExcluded(),
                curve.publishedSource());
    }
}
