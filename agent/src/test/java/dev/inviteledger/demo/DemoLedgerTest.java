package dev.inviteledger.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Flag;
import dev.inviteledger.policy.Level;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoLedgerTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "now {0} in {1}")
    @CsvSource({"2026-05-22T14:00:00Z, UTC", "2026-11-02T06:30:00Z, America/Los_Angeles"})
    void ninetyDaysEndNearTheWatchLevelWithEveryKindOfHistory(String nowText, String zoneId) throws Exception {
        Instant now = Instant.parse(nowText);
        ZoneId zone = ZoneId.of(zoneId);
        Path dir = tmp.resolve("demo");

        DemoLedger.Figures figures = DemoLedger.prepare(dir, now, zone);

        try (Ledger ledger = Ledger.open(dir)) {
            Evaluation e = PolicyEngine.evaluate(ledger.history(DemoLedger.ACCOUNT), Policy.defaults(), now, zone);
            // a few hundred pending, around the watch level (60 % of the 500 cap)
            assertThat(e.headroom().share()).isBetween(0.5, 0.65);
            assertThat(e.headroom().level()).isIn(Level.OK, Level.WATCH);
            assertThat(figures.count(InvitationState.PENDING)).isBetween(250, 340);
            // every state the ledger knows, reached the way a real user's ledger reaches it
            assertThat(figures.count(InvitationState.WITHDRAWN)).isGreaterThan(400);
            assertThat(figures.count(InvitationState.ACCEPTED)).isGreaterThan(100);
            assertThat(figures.count(InvitationState.CLOSED_UNKNOWN)).isGreaterThan(50);
            assertThat(figures.withdrawals()).isEqualTo(figures.count(InvitationState.WITHDRAWN));
            assertThat(figures.resends()).isGreaterThan(10);
            assertThat(figures.spamRisk()).isGreaterThanOrEqualTo(1);
            assertThat(e.invitations()).anySatisfy(c -> assertThat(c.flags()).contains(Flag.SPAM_RISK));

            // about 90 days of daily captures (plus evening looks on weekdays), the last one 35 minutes ago
            List<CaptureRecord> pages = ledger.history(DemoLedger.ACCOUNT).captures().stream()
                    .filter(c -> !c.source().equals("import")).toList();
            assertThat(pages).hasSize(figures.captures());
            assertThat(figures.captures()).isBetween(91 + 55, 91 + 70);
            assertThat(pages.get(0).capturedAt()).isBefore(now.minus(Duration.ofDays(89)));
            CaptureRecord last = pages.get(pages.size() - 1);
            assertThat(last.capturedAt()).isEqualTo(now.minus(Duration.ofMinutes(35)));
            assertThat(last.complete()).isTrue();

            // today: the simulated user has done part of today's batch
            assertThat(e.plan().today().done()).isEqualTo(12);
            assertThat(e.plan().today().planned()).isEqualTo(38);
            // the acceptance curve has enough closings watched from their first week
            assertThat(e.acceptance().fromHistory()).isTrue();
            // the hostile name is stored as the text it is, and sits in today's checklist
            assertThat(e.plan().entries()).anySatisfy(p -> {
                assertThat(p.name()).isEqualTo(DemoSimulation.HOSTILE_NAME);
                assertThat(p.today()).isTrue();
                assertThat(p.rank()).isLessThanOrEqualTo(10); // among the rows the dashboard shows first
            });
            List<InvitationRecord> nonLatin = ledger.history(DemoLedger.ACCOUNT).invitations().stream()
                    .filter(r -> r.name().codePoints().anyMatch(cp -> cp > 0x3FF)).toList();
            assertThat(nonLatin).isNotEmpty();
        }
        assertThat(dir.resolve(DemoExport.FILE_NAME)).isRegularFile();
        assertThat(figures.summary()).contains("pending").contains("withdrawals");
    }

    @Test
    void rebuildingGivesTheSameLedger() {
        Instant now = Instant.parse("2026-05-22T14:00:00Z");
        Path dir = tmp.resolve("demo");
        DemoLedger.Figures first = DemoLedger.prepare(dir, now, ZoneId.of("UTC"));
        DemoLedger.Figures second = DemoLedger.prepare(dir, now, ZoneId.of("UTC"));
        assertThat(second.byState()).isEqualTo(first.byState());
        assertThat(second.withdrawals()).isEqualTo(first.withdrawals());
    }

    @Test
    void refusesADirectoryItDidNotCreate() throws Exception {
        Path foreign = Files.createDirectories(tmp.resolve("someone-elses"));
        Files.writeString(foreign.resolve("ledger.sqlite"), "precious");
        assertThatThrownBy(() -> DemoLedger.prepare(foreign, Instant.parse("2026-05-22T14:00:00Z"), ZoneId.of("UTC")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not created by the demo");
        assertThat(Files.readString(foreign.resolve("ledger.sqlite"))).isEqualTo("precious");
    }

    @Test
    void theDefaultDirectoryIsInTheTemporaryDirectory() {
        assertThat(DemoLedger.defaultDirectory().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())).isTrue();
    }
}
