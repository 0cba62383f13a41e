package dev.inviteledger.demo;

import dev.inviteledger.dataexport.DataExportReader;
import dev.inviteledger.ledger.CaptureInput;
import dev.inviteledger.ledger.DataExport;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.WithdrawalRecord;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.PlanEntry;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;
import dev.inviteledger.report.CapturePipeline;
import dev.inviteledger.report.CaptureReport;
import dev.inviteledger.report.Hint;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ninety days of a busy LinkedIn user, played through the real capture path: every day the simulated
 * user opens the Sent tab (a page rendered by {@link SyntheticSentPage}, parsed and merged by
 * {@link CapturePipeline}), withdraws part of the day's batch by hand (recorded through
 * {@link Ledger#recordWithdrawal}), sends new invitations and re-sends a few; people accept or vanish on
 * their own schedule, and at the end LinkedIn's data export is imported. The ledger only ever learns what a
 * real user's ledger would learn. Seeded, so every demo tells the same story relative to "now".
 */
final class DemoSimulation {
    static final long SEED = 20_260_522L;
    static final int DAYS = 90;
    static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_HEADLINE = "\"><svg onload=alert(2)> Growth hacker";
    private static final int BACKLOG = 370;
    /** Below this share of the cap the simulated user relaxes (the watch level is 60 %). */
    private static final double COMFORT_SHARE = 0.6;
    private static final Duration DAY = Duration.ofDays(1);
    private static final String SOURCE = "demo";
    private static final String SENT_URL = "https://www.linkedin.com/mynetwork/invitation-manager/sent/";

    /** One invitation in the simulated world: what really happens, which the ledger has to find out. */
    private static final class Invite {
        DemoPeople.Person person;
        final Instant sentAt;
        final String note;
        final int resendNo;
        Instant acceptAt;
        Instant vanishAt;
        Instant withdrawnAt;

        Invite(DemoPeople.Person person, Instant sentAt, String note, int resendNo) {
            this.person = person;
            this.sentAt = sentAt;
            this.note = note;
            this.resendNo = resendNo;
        }

        String key() {
            return "in:" + person.slug();
        }

        Instant closedAt() {
            return earliest(earliest(acceptAt, vanishAt), withdrawnAt);
        }

        private static Instant earliest(Instant a, Instant b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }

        boolean openAt(Instant t) {
            Instant closed = closedAt();
            return !sentAt.isAfter(t) && (closed == null || closed.isAfter(t));
        }
    }

    /** A re-send the simulated user decided on when withdrawing, due once the cooldown has passed. */
    private record PlannedResend(DemoPeople.Person person, int resendNo, Instant due) {}

    private final Ledger ledger;
    private final Instant now;
    private final ZoneId zone;
    private final Path exportZip;
    private final Random random = new Random(SEED);
    private final DemoPeople people = new DemoPeople(random);
    private final SentPageParser parser = new SentPageParser();
    private final CapturePipeline pipeline;
    private final List<Invite> invites = new ArrayList<>();
    /** Invitations not known to be closed yet: what a page might still list. */
    private final List<Invite> live = new ArrayList<>();
    private final Map<String, Invite> openByKey = new HashMap<>();
    private final List<PlannedResend> resends = new ArrayList<>();
    private int captures;
    private int persistentPersonId = -1;
    /** The share of the cap the last report showed: the simulated user's sense of urgency. */
    private double lastShare = 1;

    DemoSimulation(Ledger ledger, Instant now, ZoneId zone, Path exportZip) {
        this.ledger = ledger;
        this.now = now;
        this.zone = zone;
        this.exportZip = exportZip;
        this.pipeline = new CapturePipeline(ledger, parser, Policy::defaults, zone);
    }

    DemoLedger.Figures run() {
        long started = System.nanoTime();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant firstCapture = morningCapture(today.minusDays(DAYS));
        seedBacklog(firstCapture);
        for (int d = DAYS; d >= 0; d--) {
            LocalDate date = today.minusDays(d);
            boolean last = d == 0;
            Instant morning = last ? now.minus(Duration.ofMinutes(35)) : morningCapture(date);
            if (last) {
                plantHostileName(morning);
            }
            // Twice a week the user scrolls the whole list (only such a capture can show what vanished);
            // other mornings they look at the top of it.
            boolean complete = last || d == DAYS || date.getDayOfWeek() == DayOfWeek.MONDAY
                    || date.getDayOfWeek() == DayOfWeek.THURSDAY;
            int visible = complete ? Integer.MAX_VALUE : 40;
            // what they plan to withdraw follows what the dashboard said last time
            int withdrawals = last ? 12 : withdrawalsFor(date, lastShare);
            if (withdrawals == 0 && !last) {
                mergeOnly(morning, visible);
            } else {
                CaptureReport report = capture(morning, visible);
                lastShare = report.headroom().share();
                withdraw(report, morning, withdrawals);
            }
            if (!last) {
                send(date);
                if (isWeekday(date)) {
                    // a second look in the evening, at the top of the list: it pins today's sends to today
                    mergeOnly(date.atTime(LocalTime.of(17, 30)).atZone(zone).toInstant().plus(jitter(-20, 40)), 25);
                }
            }
        }
        importDataExport();
        return DemoLedger.Figures.of(ledger, DemoLedger.ACCOUNT, captures, Duration.ofNanos(System.nanoTime() - started));
    }

    // ---- the world ---------------------------------------------------------------------------------------

    /** The user already had a large backlog when they installed Invite Ledger. */
    private void seedBacklog(Instant firstCapture) {
        for (int i = 0; i < BACKLOG; i++) {
            int r = random.nextInt(100);
            double ageDays = i == 0 ? 170 : r < 40 ? random.nextDouble() * 30 : r < 75 ? 30 + random.nextDouble() * 60 : 90 + random.nextDouble() * 75;
            Instant sentAt = firstCapture.minus(Duration.ofMinutes((long) (ageDays * 24 * 60) + 60));
            DemoPeople.Person person = people.next();
            if (i == 0) {
                persistentPersonId = person.id();
            }
            Invite invite = new Invite(person, sentAt, people.noteFor(person, 35), 0);
            if (random.nextInt(100) < 7) {
                invite.acceptAt = firstCapture.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            } else if (random.nextInt(100) < 5) {
                invite.vanishAt = firstCapture.plus(Duration.ofMinutes(random.nextInt(80 * 24 * 60)));
            }
            add(invite);
        }
    }

    /** Weekdays: mostly 10-19 invitations (the pace where acceptance peaks), some quieter or busier days. */
    private void send(LocalDate date) {
        int count;
        if (isWeekday(date)) {
            int r = random.nextInt(100);
            count = r < 15 ? 5 + random.nextInt(5) : r < 82 ? 10 + random.nextInt(10) : 20 + random.nextInt(7);
        } else {
            count = random.nextInt(4);
        }
        Instant from = date.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(from.plus(Duration.ofMinutes(random.nextInt(6 * 60 + 45))));
        }
        times.sort(Comparator.naturalOrder());
        double acceptance = count >= 20 ? 0.31 : count >= 10 ? 0.40 : 0.33;
        for (Instant at : times) {
            PlannedResend due = takeDueResend(at);
            DemoPeople.Person person = due != null ? due.person() : people.next();
            if (openByKey.containsKey("in:" + person.slug())) {
                person = people.next();
                due = null;
            }
            String note = due != null ? people.noteFor(person, 100) : people.noteFor(person, 40);
            Invite invite = new Invite(person, at, note, due != null ? due.resendNo() : 0);
            if (person.id() != persistentPersonId) {
                decideFate(invite, acceptance); // the persistent one never answers
            }
            add(invite);
        }
    }

    private void decideFate(Invite invite, double acceptance) {
        double r = random.nextDouble();
        if (r < acceptance) {
            int bucket = random.nextInt(100);
            long minutes = bucket < 25 ? 60 + random.nextInt(23 * 60)
                    : bucket < 60 ? 24 * 60 + random.nextInt(2 * 24 * 60)
                    : bucket < 85 ? 3 * 24 * 60 + random.nextInt(7 * 24 * 60)
                    : 10 * 24 * 60 + random.nextInt(20 * 24 * 60);
            invite.acceptAt = invite.sentAt.plus(Duration.ofMinutes(minutes));
        } else if (r < acceptance + 0.03) {
            invite.vanishAt = invite.sentAt.plus(Duration.ofMinutes(5 * 24 * 60 + random.nextInt(35 * 24 * 60)));
        }
    }

    private PlannedResend takeDueResend(Instant at) {
        for (int i = 0; i < resends.size(); i++) {
            if (!resends.get(i).due().isAfter(at)) {
                return resends.remove(i);
            }
        }
        return null;
    }

    private void add(Invite invite) {
        invites.add(invite);
        live.add(invite);
        openByKey.put(invite.key(), invite);
    }

    // ---- what the user does ------------------------------------------------------------------------------

    /** Opens the Sent tab: newest first, the whole list or only its top when the user did not scroll. */
    private CaptureReport capture(Instant at, int visibleRows) {
        String html = sentPage(at, visibleRows);
        captures++;
        return pipeline.ingest(new CapturePipeline.Capture(DemoLedger.ACCOUNT, at, SOURCE, SENT_URL, html, null));
    }

    /** A capture whose answer nobody acts on: parsed and merged like any other, without evaluating a report. */
    private void mergeOnly(Instant at, int visibleRows) {
        String html = sentPage(at, visibleRows);
        captures++;
        ledger.merge(new CaptureInput(DemoLedger.ACCOUNT, at, SOURCE, SENT_URL, parser.parse(html), null));
    }

    private String sentPage(Instant at, int visibleRows) {
        List<Invite> open = new ArrayList<>();
        // time only moves forward: an invitation closed by now stays closed, so drop it for good
        live.removeIf(invite -> invite.closedAt() != null && !invite.closedAt().isAfter(at));
        for (Invite invite : live) {
            if (invite.openAt(at)) {
                open.add(invite);
            }
        }
        open.sort(Comparator.comparing((Invite i) -> i.sentAt).reversed());
        List<SyntheticInvitation> rows = new ArrayList<>();
        for (Invite invite : open.subList(0, Math.min(visibleRows, open.size()))) {
            int ageDays = (int) Duration.between(invite.sentAt, at).toDays();
            rows.add(new SyntheticInvitation(invite.person.name(), invite.person.slug(), invite.person.headline(),
                    ageDays, invite.note));
        }
        return SyntheticSentPage.render(rows, open.size(), rows.size() < open.size());
    }

    /**
     * How much of the day's batch the user works through: diligently while the dashboard says they are past
     * the comfortable level, now and then otherwise. Their pending count hovers just under the watch level.
     */
    private int withdrawalsFor(LocalDate date, double share) {
        int r = random.nextInt(100);
        if (!isWeekday(date)) {
            return r < 70 ? 0 : 5 + random.nextInt(10);
        }
        if (share >= COMFORT_SHARE) {
            return r < 10 ? 0 : 15 + random.nextInt(21);
        }
        return r < 50 ? 0 : 3 + random.nextInt(8);
    }

    /**
     * Withdraws today's hints in plan order, by hand, a little while after looking at the page. One person
     * the user keeps trying: withdrawn as soon as it turns stale and invited again after the cooldown, twice
     * (the pattern the policy flags as spam risk).
     */
    private void withdraw(CaptureReport report, Instant capturedAt, int count) {
        Instant at = capturedAt.plus(Duration.ofMinutes(3));
        int done = 0;
        for (Hint hint : report.hints()) {
            Invite invite = openByKey.get(hint.key());
            boolean persistent = invite != null && invite.person.id() == persistentPersonId && invite.resendNo < 2;
            if (!persistent && (done >= count || !hint.today())) {
                continue;
            }
            if (invite == null || !invite.openAt(at) || HOSTILE_NAME.equals(invite.person.name())) {
                continue; // accepted in the meantime: LinkedIn no longer lists it
            }
            WithdrawalRecord record = ledger.recordWithdrawal(DemoLedger.ACCOUNT, hint.key(), at, WithdrawalRecord.OBSERVED);
            invite.withdrawnAt = record.withdrawnAt();
            openByKey.remove(hint.key());
            if (persistent || random.nextInt(100) < 8) {
                Instant due = at.plus(Duration.ofDays(22)).plus(Duration.ofHours(persistent ? 0 : random.nextInt(12 * 24)));
                resends.add(new PlannedResend(invite.person, invite.resendNo + 1, due));
            }
            at = at.plus(Duration.ofSeconds(40 + random.nextInt(40)));
            done += persistent ? 0 : 1;
        }
    }

    /**
     * Someone on today's list renames themselves to markup: scraped names are attacker-controlled, and the
     * demo shows that every surface prints them as text. Picked from the plan so it lands on the dashboard.
     */
    private void plantHostileName(Instant captureAt) {
        Evaluation before = PolicyEngine.evaluate(ledger.history(DemoLedger.ACCOUNT), Policy.defaults(), captureAt, zone);
        List<PlanEntry> plan = before.plan().entries();
        for (PlanEntry entry : plan.subList(Math.min(16, plan.size()), plan.size())) {
            Invite invite = openByKey.get(entry.key());
            if (invite != null && invite.openAt(captureAt)) {
                invite.person = invite.person.renamed(HOSTILE_NAME);
                break;
            }
        }
        for (int i = invites.size() - 1; i >= 0; i--) {
            Invite invite = invites.get(i);
            if (invite.openAt(captureAt) && invite.person.headline() != null) {
                invite.person = new DemoPeople.Person(invite.person.id(), invite.person.name(), invite.person.slug(),
                        HOSTILE_HEADLINE);
                break;
            }
        }
    }

    // ---- LinkedIn's data export ----------------------------------------------------------------------------

    /** The user downloads LinkedIn's export and imports it: connections confirm some of the closings. */
    private void importDataExport() {
        Instant exportedAt = now.minus(Duration.ofMinutes(2));
        List<DemoExport.Connection> connections = new ArrayList<>();
        List<DemoExport.OpenInvitation> open = new ArrayList<>();
        for (Invite invite : invites) {
            if (invite.acceptAt != null && invite.acceptAt.isBefore(exportedAt) && invite.acceptAt.equals(invite.closedAt())
                    && random.nextInt(100) < 70) {
                connections.add(new DemoExport.Connection(invite.person.name(), invite.person.slug(),
                        invite.acceptAt.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
            }
            if (invite.openAt(exportedAt)) {
                open.add(new DemoExport.OpenInvitation(invite.person.name(), invite.person.slug(), invite.sentAt,
                        invite.note));
            }
        }
        DemoExport.writeZip(exportZip, connections, open);
        DataExport export = DataExportReader.read(exportZip);
        ledger.importExport(DemoLedger.ACCOUNT, export, now.minus(Duration.ofMinutes(1)));
    }

    // ---- time --------------------------------------------------------------------------------------------

    private Instant morningCapture(LocalDate date) {
        return date.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant().plus(jitter(-25, 40));
    }

    private Duration jitter(int minMinutes, int maxMinutes) {
        return Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1));
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
