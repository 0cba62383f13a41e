package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.Pages.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerSmokeTest {
    @TempDir
    Path dir;

    @Test
    void mergesAndReadsBackFromAFile() {
        try (Ledger ledger = Ledger.open(dir.resolve("data"))) {
            MergeResult r = ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-lovelace", "Sent 3 days ago", 3, 3))));
            assertThat(r.created()).isEqualTo(1);
            assertThat(ledger.schemaVersion()).isEqualTo(Ledger.latestSchemaVersion());
            InvitationRecord ada = only(ledger, "in:ada-lovelace");
            assertThat(ada.sentAt()).isEqualTo(new SendWindow(at("2026-02-25T09:00:00Z"), at("2026-02-26T09:00:00Z")));
            assertThat(ledger.integrityCheck()).isEqualTo("ok");
        }
        try (Ledger again = Ledger.open(dir.resolve("data"))) {
            assertThat(only(again, "in:ada-lovelace").name()).isEqualTo("Ada Example");
        }
    }

    /** Replay without --into uses an in-memory ledger: it must reach exactly the state a file reaches. */
    @Test
    void inMemoryAndFileLedgersAgree() {
        Function<Ledger, AccountHistory> story = l -> {
            l.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13),
                    row("bob-example", "Sent 3 days ago", 3, 3))));
            l.recordWithdrawal("default", "in:bob-example", at("2026-03-02T10:00:00Z"), "manual");
            l.merge(capture("2026-03-03T09:00:00Z", partial(3, row("ada-example", "Sent 2 weeks ago", 14, 20))));
            l.merge(capture("2026-03-05T09:00:00Z", complete(row("bob-example", "Sent today", 0, 0))));
            l.setKeep("default", "in:bob-example", true);
            return l.history("default");
        };
        AccountHistory memory;
        try (Ledger l = Ledger.inMemory()) {
            memory = story.apply(l);
        }
        try (Ledger l = Ledger.open(dir.resolve("file"))) {
            assertThat(story.apply(l)).isEqualTo(memory);
        }
        assertThat(memory.invitations()).hasSize(3);
    }
}
