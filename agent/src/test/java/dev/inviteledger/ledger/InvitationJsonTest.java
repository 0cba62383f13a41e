package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.Pages.at;
import static dev.inviteledger.ledger.Pages.capture;
import static dev.inviteledger.ledger.Pages.complete;
import static dev.inviteledger.ledger.Pages.named;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.page.AgeDays;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History and merge read rows as JSON that SQLite builds: every value must come back exactly as stored,
 * whatever the scraped text holds (quotes, backslashes, markup, emoji, non-Latin scripts), and nulls as nulls.
 */
class InvitationJsonTest {
    private static final String[] HOSTILE = {
            "Quote \" and back\\slash", "<img src=x onerror=alert(1)>", "Zoë 👩🏽‍💻 Ærø", "محمد عبد الله",
            "tab\tand\u2028line separator", "{\"json\": [1, 2]}", "trailing backslash \\"};

    @Test
    void scrapedTextSurvivesTheJsonRead(@TempDir Path dir) {
        try (Ledger ledger = Ledger.open(dir)) {
            for (int round = 0; round < 2; round++) {
                // the second round merges against rows loaded through the JSON read, and must change nothing
                ledger.merge(capture(round == 0 ? "2026-11-20T09:00:00Z" : "2026-11-21T09:00:00Z", complete(rows())));
            }
            List<InvitationRecord> history = ledger.history(Ledger.DEFAULT_ACCOUNT, at("2026-11-01T00:00:00Z")).invitations();
            assertThat(history).extracting(InvitationRecord::name).containsExactly(HOSTILE);
            assertThat(history).extracting(InvitationRecord::headline)
                    .containsExactly(null, HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3], HOSTILE[4], HOSTILE[5]);
            assertThat(history).extracting(InvitationRecord::id).isSorted();
            assertThat(history).allSatisfy(r -> {
                assertThat(r.state()).isEqualTo(InvitationState.PENDING);
                assertThat(r.firstSeen()).isEqualTo(at("2026-11-20T09:00:00Z"));
                assertThat(r.lastSeen()).isEqualTo(at("2026-11-21T09:00:00Z"));
                assertThat(r.closedAt()).isNull();
                assertThat(r.withdrawnAt()).isNull();
                assertThat(r.previousId()).isNull();
            });
            assertThat(history.get(0).sentAt()).isNull();
            assertThat(history.get(1).sentAt()).isNotNull();
            assertThat(history.get(1).hasNote()).isTrue();
            assertThat(history.get(1).lastSentText()).isEqualTo("Sent 1 week ago");
            assertThat(ledger.count("observations")).isEqualTo(HOSTILE.length);
        }
    }

    @Test
    void observationsKeepHostileAgeTextExactly(@TempDir Path dir) {
        try (Ledger ledger = Ledger.open(dir)) {
            dev.inviteledger.page.ParsedRow[] rows = new dev.inviteledger.page.ParsedRow[HOSTILE.length];
            for (int i = 0; i < HOSTILE.length; i++) {
                rows[i] = named("person-" + i, "Person " + i, null, HOSTILE[i], i % 2 == 0 ? null : new AgeDays(i, i), false);
            }
            ledger.merge(capture("2026-11-20T09:00:00Z", complete(rows)));
            // read back as the previous observation, an unchanged text must not count as a change
            ledger.merge(capture("2026-11-20T10:00:00Z", complete(rows)));
            assertThat(ledger.count("observations")).isEqualTo(HOSTILE.length);
            assertThat(ledger.history(Ledger.DEFAULT_ACCOUNT).invitations()).extracting(InvitationRecord::lastSentText)
                    .containsExactly(HOSTILE);

            // the text alone changes (the daily case, written by its own narrow UPDATE): stored and observed
            String[] shifted = new String[HOSTILE.length];
            for (int i = 0; i < HOSTILE.length; i++) {
                shifted[i] = HOSTILE[(i + 1) % HOSTILE.length];
                rows[i] = named("person-" + i, "Person " + i, null, shifted[i], rows[i].ageDays(), false);
            }
            ledger.merge(capture("2026-11-20T11:00:00Z", complete(rows)));
            assertThat(ledger.count("observations")).isEqualTo(2L * HOSTILE.length);
            assertThat(ledger.history(Ledger.DEFAULT_ACCOUNT).invitations()).extracting(InvitationRecord::lastSentText)
                    .containsExactly(shifted);
        }
    }

    private static dev.inviteledger.page.ParsedRow[] rows() {
        dev.inviteledger.page.ParsedRow[] rows = new dev.inviteledger.page.ParsedRow[HOSTILE.length];
        for (int i = 0; i < HOSTILE.length; i++) {
            rows[i] = named("person-" + i, HOSTILE[i], i == 0 ? null : HOSTILE[i - 1],
                    i == 0 ? null : "Sent 1 week ago", i == 0 ? null : new AgeDays(7, 13), i % 2 == 1);
        }
        return rows;
    }
}
