package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.WithdrawalRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithdrawalPlanTest {

    private static Evaluation evaluate(List<InvitationRecord> invitations, List<WithdrawalRecord> withdrawals, Policy p) {
        return PolicyEngine.evaluate(Inv.history(invitations, List.of(), withdrawals), p, NOW, UTC);
    }

    @Test
    void oldestFirstThenNoNoteFirstThenKey() {
        List<InvitationRecord> invs = List.of(
                Inv.id(1).key("in:carla").aged(30).build(),
                Inv.id(2).key("in:bruno").aged(30).noNote().build(),
                Inv.id(3).key("in:anna").aged(30).build(),
                Inv.id(4).key("in:dora").aged(70, 99).build(),
                Inv.id(5).key("in:emil").aged(21, 27).noNote().build(),
                Inv.id(6).key("in:fay").aged(20, 26).noNote().build(),    // waiting: lower bound 20
                Inv.id(7).key("in:gus").aged(25).keep().build(),           // kept
                Inv.id(8).key("in:hal").build(),                           // unknown age
                Inv.id(9).key("in:ivy").aged(45).withdrawn(NOW.minus(Duration.ofDays(40))).build());
        WithdrawalPlan plan = evaluate(invs, List.of(), Policy.defaults()).plan();
        assertThat(plan.entries()).extracting(PlanEntry::key)
                .containsExactly("in:dora", "in:bruno", "in:anna", "in:carla", "in:emil");
        assertThat(plan.entries()).extracting(PlanEntry::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(plan.entries()).allMatch(e -> e.batch() == 1 && e.today());
        assertThat(plan.unknownAge()).containsExactly("in:hal");
        assertThat(plan.keptBack()).containsExactly("in:gus");
        assertThat(plan.today()).isEqualTo(new Today(0, 5, 50));
        assertThat(plan.batches()).isEqualTo(1);
        PlanEntry dora = plan.entries().get(0);
        assertThat(dora.status()).isEqualTo(Status.OVERDUE);
        assertThat(dora.reasons()).containsExactly("sent 10–14 weeks ago, past the 21-day threshold", "overdue: older than 60 days");
    }

    static List<InvitationRecord> stale(int n) {
        List<InvitationRecord> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Inv.id(i).key(String.format("in:p%03d", i)).aged(30).build());
        }
        return out;
    }

    static List<WithdrawalRecord> withdrawnToday(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> Inv.withdrawal(i, NOW.minus(Duration.ofMinutes(i)), false)).toList();
    }

    @ParameterizedTest(name = "{0} candidates, daily {1}, done today {2} -> today {3}, batch sizes {4}")
    @CsvSource(delimiter = '|', value = {
            "0|50|0|0|",
            "5|50|0|5|5",
            "50|50|0|50|50",
            "51|50|0|50|50,1",
            "120|50|0|50|50,50,20",
            "120|50|20|30|30,50,40",
            "120|50|50|0|0,50,50,20",
            "120|50|60|0|0,50,50,20",
            "10|3|1|2|2,3,3,2",
            "7|1|0|1|1,1,1,1,1,1,1",
    })
    void batchesFillTodayWithWhatIsLeftThenWholeDays(int candidates, int daily, int done, int today, String sizes) {
        Policy p = Policy.fromMap(Map.of("dailyWithdrawals", daily));
        WithdrawalPlan plan = evaluate(stale(candidates), withdrawnToday(done), p).plan();
        assertThat(plan.today()).isEqualTo(new Today(done, today, daily));
        List<Integer> expected = sizes == null ? List.of()
                : java.util.Arrays.stream(sizes.split(",")).map(Integer::valueOf).toList();
        int batches = expected.size();
        List<Integer> actual = IntStream.rangeClosed(1, batches)
                .mapToObj(b -> (int) plan.entries().stream().filter(e -> e.batch() == b).count()).toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(plan.batches()).isEqualTo(batches);
        assertThat(plan.entries()).allMatch(e -> e.today() == (e.batch() == 1));
    }

    @Test
    void undoneWithdrawalsAndThoseOfOtherDaysDoNotUseUpToday() {
        List<WithdrawalRecord> ws = List.of(
                Inv.withdrawal(1, NOW.minus(Duration.ofHours(1)), false),          // today, counts
                Inv.withdrawal(2, NOW.minus(Duration.ofHours(2)), true),           // undone
                Inv.withdrawal(3, Instant.parse("2026-11-21T23:59:59Z"), false),   // yesterday (UTC)
                Inv.withdrawal(4, Instant.parse("2026-11-22T00:00:00Z"), false));  // midnight: today
        WithdrawalPlan plan = evaluate(stale(60), ws, Policy.defaults()).plan();
        assertThat(plan.today()).isEqualTo(new Today(2, 48, 50));
    }

    @Test
    void todayIsTheUsersCalendarDay() {
        // 2026-11-21T23:59:59Z is already the 22nd in Berlin (UTC+1)
        List<WithdrawalRecord> ws = List.of(Inv.withdrawal(1, Instant.parse("2026-11-21T23:30:00Z"), false));
        Evaluation berlin = PolicyEngine.evaluate(Inv.history(stale(3), List.of(), ws), Policy.defaults(), NOW,
                ZoneId.of("Europe/Berlin"));
        Evaluation utc = PolicyEngine.evaluate(Inv.history(stale(3), List.of(), ws), Policy.defaults(), NOW, UTC);
        assertThat(berlin.plan().today().done()).isEqualTo(1);
        assertThat(utc.plan().today().done()).isEqualTo(0);
    }

    @Test
    void theClassificationCarriesItsPlanSlot() {
        Evaluation ev = evaluate(List.of(Inv.id(1).aged(30).build(), Inv.id(2).aged(3).build()), List.of(), Policy.defaults());
        assertThat(ev.forKey("in:person-1").orElseThrow().plan()).isEqualTo(new PlanSlot(1, 1, true));
        assertThat(ev.forKey("in:person-2").orElseThrow().plan()).isNull();
    }

    @Test
    void recordingAWithdrawalReformsThePlan() {
        List<InvitationRecord> before = stale(3);
        WithdrawalPlan first = evaluate(before, List.of(), Policy.fromMap(Map.of("dailyWithdrawals", 2))).plan();
        assertThat(first.entries()).extracting(PlanEntry::batch).containsExactly(1, 1, 2);

        // the user withdraws the first one: the ledger marks it withdrawn and logs the withdrawal
        List<InvitationRecord> after = new ArrayList<>(before);
        after.set(0, Inv.id(1).key("in:p001").aged(30).withdrawn(NOW.minus(Duration.ofMinutes(5))).build());
        WithdrawalPlan second = evaluate(after, List.of(Inv.withdrawal(1, NOW.minus(Duration.ofMinutes(5)), false)),
                Policy.fromMap(Map.of("dailyWithdrawals", 2))).plan();
        assertThat(second.entries()).extracting(PlanEntry::key).containsExactly("in:p002", "in:p003");
        assertThat(second.entries()).extracting(PlanEntry::batch).containsExactly(1, 2);
        assertThat(second.today()).isEqualTo(new Today(1, 1, 2));
    }
}
