package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.page.AgeDays;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {

    private static Classification classify(Inv inv, Policy p) {
        return Classifier.classify(inv.build(), p, NOW, UTC);
    }

    @ParameterizedTest(name = "age [{0},{1}] -> {2}")
    @CsvSource({
            "0, 0, fresh",
            "6, 6, fresh",
            "7, 7, waiting",
            // the lower bound decides: [6,12] may be a week old but is not known to be
            "6, 12, fresh",
            "7, 13, waiting",
            "20, 20, waiting",
            "14, 20, waiting",
            "20, 26, waiting",
            "21, 21, stale",
            "21, 27, stale",
            "30, 59, stale",
            "59, 59, stale",
            "59, 88, stale",
            "60, 60, overdue",
            "60, 89, overdue",
            "365, 729, overdue",
    })
    void pendingStatusFollowsTheLowerBoundOfTheAge(int min, int max, String status) {
        assertThat(classify(Inv.id(1).aged(min, max), Policy.defaults()).status().wireName()).isEqualTo(status);
    }

    @ParameterizedTest(name = "withdrawAfter {0}, overdueAfter {1}, age {2} -> {3}")
    @CsvSource({
            "14, 30, 13, waiting",
            "14, 30, 14, stale",
            "14, 30, 29, stale",
            "14, 30, 30, overdue",
            // withdrawAfterDays 7 leaves no room for "waiting": fresh until 6, stale from 7
            "7, 60, 6, fresh",
            "7, 60, 7, stale",
    })
    void boundariesMoveWithThePolicy(int withdrawAfter, int overdueAfter, int age, String status) {
        Policy p = Policy.fromMap(Map.of("withdrawAfterDays", withdrawAfter, "overdueAfterDays", overdueAfter));
        assertThat(classify(Inv.id(1).aged(age), p).status().wireName()).isEqualTo(status);
    }

    @Test
    void noWindowIsUnknown() {
        Classification c = classify(Inv.id(1), Policy.defaults());
        assertThat(c.status()).isEqualTo(Status.UNKNOWN);
        assertThat(c.ageNow()).isNull();
        assertThat(c.reasons()).containsExactly("send date unknown: never planned for withdrawal");
    }

    @Test
    void theAgeKeepsGrowingBetweenCaptures() {
        // first seen "Sent 1 week ago" ([7,13]) fifteen days before now -> [22,28] now: stale
        Instant seen = NOW.minus(Duration.ofDays(15));
        Classification c = classify(Inv.id(1).window(Inv.window(seen, 7, 13)), Policy.defaults());
        assertThat(c.ageNow()).isEqualTo(new AgeDays(22, 28));
        assertThat(c.status()).isEqualTo(Status.STALE);
        assertThat(c.reasons()).containsExactly("sent 3–4 weeks ago, past the 21-day threshold");
    }

    @ParameterizedTest(name = "[{0},{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "0|0|sent today, still fresh (under 7 days)",
            "1|1|sent yesterday, still fresh (under 7 days)",
            "3|3|sent 3 days ago, still fresh (under 7 days)",
            "0|3|sent 0–3 days ago, still fresh (under 7 days)",
            "7|13|sent 7–13 days ago, under the 21-day threshold",
            "14|20|sent 2 weeks ago, under the 21-day threshold",
            "35|48|sent 5–6 weeks ago, past the 21-day threshold",
            "30|59|sent 4–8 weeks ago, past the 21-day threshold",
            "120|149|sent 4 months ago, past the 21-day threshold",
            "730|1094|sent 2 years ago, past the 21-day threshold",
    })
    void statusReasonsAreShortSentences(int min, int max, String reason) {
        assertThat(classify(Inv.id(1).aged(min, max), Policy.defaults()).reasons().get(0)).isEqualTo(reason);
    }

    @Test
    void overdueSaysSoSeparately() {
        assertThat(classify(Inv.id(1).aged(63), Policy.defaults()).reasons())
                .containsExactly("sent 9 weeks ago, past the 21-day threshold", "overdue: older than 60 days");
    }

    @Test
    void flagsAndTheirReasons() {
        Classification c = classify(Inv.id(1).aged(40).noNote().resent(2).keep(), Policy.defaults());
        assertThat(c.flags()).containsExactly(Flag.NO_NOTE, Flag.RESENT, Flag.SPAM_RISK, Flag.KEEP);
        assertThat(c.reasons()).containsExactly(
                "sent 5 weeks ago, past the 21-day threshold",
                "no personal note",
                "re-sent 2 times: serial re-sending reads as spam",
                "kept: you pinned it, so it is never planned for withdrawal");
        assertThat(c.resendCount()).isEqualTo(2);
        assertThat(c.keep()).isTrue();
    }

    @ParameterizedTest(name = "resendCount {0} -> resent {1}, spam-risk {2}")
    @CsvSource({"0, false, false", "1, true, false", "2, true, true", "5, true, true"})
    void onePoliteResendIsFineSerialResendingIsFlagged(int count, boolean resent, boolean spam) {
        Classification c = classify(Inv.id(1).aged(3).resent(count), Policy.defaults());
        assertThat(c.flags().contains(Flag.RESENT)).isEqualTo(resent);
        assertThat(c.flags().contains(Flag.SPAM_RISK)).isEqualTo(spam);
    }

    @Test
    void withdrawnCarriesTheResendDate() {
        Instant withdrawnAt = Instant.parse("2026-11-10T09:00:00Z");
        Classification c = classify(Inv.id(1).aged(40).withdrawn(withdrawnAt), Policy.defaults());
        assertThat(c.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(c.resendPossibleFrom()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(c.reasons()).containsExactly("withdrawn on 2026-11-10", "re-send possible from 2026-12-01");
        assertThat(c.plan()).isNull();

        Policy shortCooldown = Policy.fromMap(Map.of("resendCooldownDays", 7));
        assertThat(classify(Inv.id(1).aged(40).withdrawn(withdrawnAt), shortCooldown).reasons())
                .containsExactly("withdrawn on 2026-11-10", "re-send possible since 2026-11-17");
    }

    @Test
    void aWithdrawnRecordWithoutWithdrawnAtFallsBackToClosedAt() {
        Instant closedAt = Instant.parse("2026-11-10T09:00:00Z");
        Classification c = classify(Inv.id(1).aged(40).closedUnknown(closedAt), Policy.defaults());
        assertThat(c.resendPossibleFrom()).isNull();
        InvitationRecord r = Inv.id(1).aged(40).withdrawn(closedAt).build();
        InvitationRecord noLog = new InvitationRecord(r.id(), r.account(), r.key(), r.name(), r.headline(), r.profileUrl(),
                r.state(), r.sentAt(), r.firstSeen(), r.lastSeen(), r.hasNote(), closedAt, null, 0, null, false, null);
        Classification w = Classifier.classify(noLog, Policy.defaults(), NOW, UTC);
        assertThat(w.resendPossibleFrom()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        InvitationRecord noDates = new InvitationRecord(r.id(), r.account(), r.key(), r.name(), r.headline(), r.profileUrl(),
                r.state(), r.sentAt(), r.firstSeen(), r.lastSeen(), r.hasNote(), null, null, 0, null, false, null);
        assertThat(Classifier.classify(noDates, Policy.defaults(), NOW, UTC).reasons()).containsExactly("withdrawn (date not recorded)");
    }

    @Test
    void resendDatesUseTheZonesCalendar() {
        Instant withdrawnAt = Instant.parse("2026-11-10T23:30:00Z");
        Classification c = Classifier.classify(Inv.id(1).aged(40).withdrawn(withdrawnAt).build(), Policy.defaults(),
                NOW, ZoneId.of("Europe/Berlin"));
        assertThat(c.reasons()).containsExactly("withdrawn on 2026-11-11", "re-send possible from 2026-12-02");
    }

    @Test
    void closedStates() {
        InvitationRecord accepted = Inv.id(1).aged(10).accepted(NOW.minus(Duration.ofDays(2))).build();
        InvitationRecord gone = Inv.id(2).aged(10).closedUnknown(NOW).build();
        Classification a = Classifier.classify(accepted, Policy.defaults(), NOW, UTC);
        Classification g = Classifier.classify(gone, Policy.defaults(), NOW, UTC);
        assertThat(a.status()).isEqualTo(Status.ACCEPTED);
        assertThat(a.ageNow()).isEqualTo(new AgeDays(10, 10));
        assertThat(g.status()).isEqualTo(Status.CLOSED_UNKNOWN);
        assertThat(g.reasons().get(0)).contains("LinkedIn does not say");
        assertThat(a.resendPossibleFrom()).isNull();
    }
}
