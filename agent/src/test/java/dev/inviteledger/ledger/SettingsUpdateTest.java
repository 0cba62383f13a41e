package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Ledger#updateSettings}: read, validate and write as one transaction. */
class SettingsUpdateTest {
    @TempDir
    Path dir;

    @Test
    void storesTheDifferenceAndReturnsTheNewSet() {
        try (Ledger ledger = Ledger.openFile(dir.resolve("l.sqlite"))) {
            ledger.putSettings(Map.of("a", "1", "b", "2"));
            Map<String, String> after = ledger.updateSettings(saved -> {
                saved.remove("a");
                saved.put("b", "3");
                saved.put("c", "4");
                return saved;
            });
            assertThat(after).isEqualTo(Map.of("b", "3", "c", "4"));
            assertThat(ledger.settings()).isEqualTo(Map.of("b", "3", "c", "4"));
        }
    }

    @Test
    void aRefusedChangeStoresNothing() {
        try (Ledger ledger = Ledger.openFile(dir.resolve("l.sqlite"))) {
            ledger.putSettings(Map.of("a", "1"));
            assertThatThrownBy(() -> ledger.updateSettings(saved -> {
                saved.put("b", "2");
                throw new IllegalArgumentException("refused");
            })).hasMessage("refused");
            assertThat(ledger.settings()).isEqualTo(Map.of("a", "1"));
        }
    }

    /**
     * Two updates that are each valid but invalid together ("a" and "b" may not both be set): the second must see
     * the first one's result and refuse, even when it starts while the first is still deciding.
     */
    @Test
    void concurrentUpdatesCannotCombineIntoASetNeitherValidated() throws Exception {
        try (Ledger ledger = Ledger.openFile(dir.resolve("l.sqlite"))) {
            CountDownLatch firstIsDeciding = new CountDownLatch(1);
            CompletableFuture<Map<String, String>> first = CompletableFuture.supplyAsync(() -> ledger.updateSettings(saved -> {
                firstIsDeciding.countDown();
                sleep(300); // widen the window in which an unguarded second update would read the old settings
                return onlyOneOf(saved, "a");
            }));
            assertThat(firstIsDeciding.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Map<String, String>> second = CompletableFuture.supplyAsync(
                    () -> ledger.updateSettings(saved -> onlyOneOf(saved, "b")));

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Map.of("a", "on"));
            assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("a and b may not both be set");
            assertThat(ledger.settings()).isEqualTo(Map.of("a", "on"));
        }
    }

    private static Map<String, String> onlyOneOf(Map<String, String> saved, String key) {
        saved.put(key, "on");
        if (saved.containsKey("a") && saved.containsKey("b")) {
            throw new IllegalStateException("a and b may not both be set");
        }
        return saved;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
