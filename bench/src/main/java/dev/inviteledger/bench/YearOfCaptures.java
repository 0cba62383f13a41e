package dev.inviteledger.bench;

import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A year (or any number of days) of one account's daily Sent-tab captures, simulated: every morning the
 * user opens the Sent tab (a complete capture of every pending invitation, newest first), then withdraws a
 * few by hand, then sends 10–20 new invitations during the day (about a third with a note). People accept
 * (30 %, mostly within days), vanish (6 %: declined or expired) or stay pending until withdrawn. The user
 * keeps the list at the {@code pendingCap} by withdrawing the oldest, and withdraws anything past half a
 * year; now and then a withdrawn person is invited again after the cooldown (a re-send). From the day the
 * list reaches the cap, every capture holds exactly {@code pendingCap} rows.
 *
 * <p>The simulation knows the future (fates are drawn at sending time), which is how it can keep a capture
 * at exactly the cap; the ledger fed with it only ever learns what a real user's ledger would learn.
 * Deterministic: the same (seed, first capture, days, cap) always gives the same history.
 */
public final class YearOfCaptures {
    public static final long DEFAULT_SEED = 20_260_101L;
    public static final int DEFAULT_DAYS = 365;
    public static final int DEFAULT_CAP = 1500;
    /** A Monday morning, so a year of benchmarks never depends on the machine's clock. */
    public static final Instant DEFAULT_FIRST_CAPTURE = Instant.parse("2025-01-06T08:00:00Z");
    public static final String SENT_URL = "https://www.linkedin.com/mynetwork/invitation-manager/sent/";

    private static final Duration DAY = Duration.ofDays(1);
    private static final int MAX_WITHDRAWALS_PER_DAY = 50;
    private static final int WITHDRAW_AFTER_DAYS = 182;

    /** A withdrawal the simulated user makes by hand (recorded in the ledger as {@code manual}). */
    public record Withdrawal(String key, String name, Instant at) {}

    /** One morning: the capture, then the withdrawals made after it. */
    public record Day(int index, Instant capturedAt, List<SyntheticInvitation> rows, List<Withdrawal> withdrawalsAfter) {
        /** The complete Sent page of that morning, in the current markup. */
        public String html() {
            return SyntheticSentPage.render(rows, rows.size(), false);
        }
    }

    /** What happened in the simulated world over the whole period. */
    public record Totals(int sent, int resent, int accepted, int vanished, int withdrawn) {}

    private static final class Invite {
        final InventedPeople.Person person;
        final Instant sentAt;
        final String note;
        Instant acceptAt;
        Instant vanishAt;
        Instant withdrawnAt;

        Invite(InventedPeople.Person person, Instant sentAt, String note) {
            this.person = person;
            this.sentAt = sentAt;
            this.note = note;
        }

        boolean openAt(Instant t) {
            return sentAt.isBefore(t) && !closedBy(acceptAt, t) && !closedBy(vanishAt, t) && !closedBy(withdrawnAt, t);
        }

        private static boolean closedBy(Instant closed, Instant t) {
            return closed != null && !closed.isAfter(t);
        }
    }

    private record PlannedResend(InventedPeople.Person person, Instant due) {}

    /** Bump when the simulation changes, so cached ledgers built from an older one are not reused. */
    private static final int SIMULATION_VERSION = 1;

    private final List<Day> days;
    private final Totals totals;
    private final String identity;

    private YearOfCaptures(List<Day> days, Totals totals, String identity) {
        this.days = days;
        this.totals = totals;
        this.identity = identity;
    }

    public static YearOfCaptures simulate() {
        return simulate(DEFAULT_SEED, DEFAULT_FIRST_CAPTURE, DEFAULT_DAYS, DEFAULT_CAP);
    }

    public static YearOfCaptures simulate(long seed, Instant firstCapture, int dayCount, int pendingCap) {
        String identity = "v" + SIMULATION_VERSION + "-seed" + seed + "-" + firstCapture.getEpochSecond() + "-cap" + pendingCap;
        return new Simulation(seed, pendingCap).run(firstCapture, dayCount, identity);
    }

    /** Names the simulation (version, seed, start, cap): the same identity and day count mean the same days. */
    public String identity() {
        return identity;
    }

    public List<Day> days() {
        return days;
    }

    public Totals totals() {
        return totals;
    }

    private static final class Simulation {
        final long seed;
        final Random random;
        final InventedPeople people;
        final int cap;
        final List<Invite> invites = new ArrayList<>();
        final List<PlannedResend> resends = new ArrayList<>();
        int resent;

        Simulation(long seed, int cap) {
            this.seed = seed;
            this.random = new Random(seed);
            this.people = new InventedPeople(random);
            this.cap = cap;
        }

        YearOfCaptures run(Instant firstCapture, int dayCount, String identity) {
            // capture times first (their own random stream, so day d is the same whatever the day count):
            // the user's decisions on day d look ahead to the capture of day d + 1
            Random clock = new Random(seed ^ 0x5EED_C10CL);
            List<Instant> captureTimes = new ArrayList<>(dayCount + 1);
            for (int d = 0; d <= dayCount; d++) {
                captureTimes.add(firstCapture.plus(DAY.multipliedBy(d)).plusSeconds(60L * clock.nextInt(120)));
            }
            List<Day> days = new ArrayList<>(dayCount);
            for (int d = 0; d < dayCount; d++) {
                Instant t = captureTimes.get(d);
                List<SyntheticInvitation> rows = rowsAt(t);
                send(t);
                List<Withdrawal> withdrawals = withdraw(t, captureTimes.get(d + 1));
                days.add(new Day(d, t, rows, withdrawals));
            }
            int accepted = 0;
            int vanished = 0;
            int withdrawn = 0;
            Instant end = captureTimes.get(dayCount - 1);
            for (Invite i : invites) {
                if (i.withdrawnAt != null) {
                    withdrawn++;
                } else if (i.acceptAt != null && !i.acceptAt.isAfter(end)) {
                    accepted++;
                } else if (i.vanishAt != null && !i.vanishAt.isAfter(end)) {
                    vanished++;
                }
            }
            return new YearOfCaptures(List.copyOf(days), new Totals(invites.size(), resent, accepted, vanished, withdrawn),
                    identity);
        }

        /** The page at capture time {@code t}: every open invitation, newest first, with its exact age. */
        List<SyntheticInvitation> rowsAt(Instant t) {
            List<Invite> open = new ArrayList<>();
            for (Invite i : invites) {
                if (i.openAt(t)) {
                    open.add(i);
                }
            }
            open.sort(Comparator.comparing((Invite i) -> i.sentAt).reversed());
            List<SyntheticInvitation> rows = new ArrayList<>(open.size());
            for (Invite i : open) {
                int age = (int) (Duration.between(i.sentAt, t).toMillis() / DAY.toMillis());
                rows.add(new SyntheticInvitation(i.person.name(), i.person.slug(), i.person.headline(), age, i.note));
            }
            return rows;
        }

        /** 10–20 invitations between one and eleven hours after the capture; due re-sends go first. */
        void send(Instant capture) {
            int count = 10 + random.nextInt(11);
            List<Instant> times = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                times.add(capture.plusSeconds(3600 + random.nextInt(10 * 3600)));
            }
            times.sort(Comparator.naturalOrder());
            for (Instant at : times) {
                PlannedResend due = takeDueResend(at);
                InventedPeople.Person person = due != null ? due.person() : people.next();
                // a re-send nearly always explains itself
                String note = due != null ? people.noteOrNull(person, 90) : people.noteOrNull(person, 33);
                Invite invite = new Invite(person, at, note);
                drawFate(invite);
                invites.add(invite);
                if (due != null) {
                    resent++;
                }
            }
        }

        PlannedResend takeDueResend(Instant at) {
            for (int k = 0; k < resends.size(); k++) {
                if (!resends.get(k).due().isAfter(at)) {
                    return resends.remove(k);
                }
            }
            return null;
        }

        void drawFate(Invite invite) {
            int fate = random.nextInt(100);
            if (fate < 30) {
                long hours = random.nextInt(100) < 60 ? random.nextInt(72) : 72 + random.nextInt(42 * 24);
                invite.acceptAt = invite.sentAt.plusSeconds(3600 * (hours + 1));
            } else if (fate < 36) {
                invite.vanishAt = invite.sentAt.plus(DAY.multipliedBy(7 + random.nextInt(174)));
            }
        }

        /**
         * Right after the capture at {@code t}: withdraw anything past half a year, and the oldest until the
         * next capture will show at most the cap; at most 50 a day. Only invitations the capture showed.
         */
        List<Withdrawal> withdraw(Instant t, Instant nextCapture) {
            Instant at = t.plusSeconds(600);
            List<Invite> candidates = new ArrayList<>();
            int projected = 0;
            for (Invite i : invites) {
                if (i.openAt(nextCapture)) {
                    projected++;
                }
                if (i.openAt(t) && i.openAt(at)) {
                    candidates.add(i);
                }
            }
            candidates.sort(Comparator.comparing((Invite i) -> i.sentAt));
            int excess = projected - cap;
            List<Withdrawal> out = new ArrayList<>();
            for (Invite i : candidates) {
                boolean old = Duration.between(i.sentAt, at).toDays() >= WITHDRAW_AFTER_DAYS;
                if (out.size() >= MAX_WITHDRAWALS_PER_DAY || (excess <= 0 && !old)) {
                    break;
                }
                boolean wouldStillShow = i.openAt(nextCapture);
                Instant when = at.plusSeconds(out.size() * 20L);
                i.withdrawnAt = when;
                out.add(new Withdrawal("in:" + i.person.slug(), i.person.name(), when));
                if (wouldStillShow) {
                    excess--;
                }
                if (random.nextInt(100) < 8) {
                    resends.add(new PlannedResend(i.person, when.plus(DAY.multipliedBy(21 + random.nextInt(40)))));
                }
            }
            return List.copyOf(out);
        }
    }
}
