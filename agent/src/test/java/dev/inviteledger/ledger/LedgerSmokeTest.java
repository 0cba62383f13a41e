package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.Pages.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
