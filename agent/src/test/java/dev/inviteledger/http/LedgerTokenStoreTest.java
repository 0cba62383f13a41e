package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.Ledger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LedgerTokenStoreTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private final Ledger ledger = Ledger.inMemory();
    private final LedgerTokenStore store = new LedgerTokenStore(ledger);

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aScriptTokenHasNoOriginOutsideAndTheSentinelInside() {
        long id = store.insert(null, "backup", Secrets.hash("a".repeat(43)), T);
        assertThat(ledger.listTokens()).singleElement().satisfies(t -> assertThat(t.origin()).isEqualTo(LedgerTokenStore.SCRIPT_ORIGIN));
        assertThat(store.findActiveByHash(Secrets.hash("a".repeat(43)))).hasValueSatisfying(t -> {
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.origin()).isNull();
            assertThat(t.label()).isEqualTo("backup");
            assertThat(t.createdAt()).isEqualTo(T);
        });
        long paired = store.insert(TestAgent.EXTENSION_ORIGIN, "laptop", Secrets.hash("b".repeat(43)), T);
        assertThat(store.list()).extracting(TokenRecord::id, TokenRecord::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, null),
                        org.assertj.core.groups.Tuple.tuple(paired, TestAgent.EXTENSION_ORIGIN));
    }

    @Test
    void revokeIsTrueOnceAndARevokedTokenIsNotFound() {
        long id = store.insert(null, "x", Secrets.hash("c".repeat(43)), T);
        assertThat(store.revoke(id, T.plusSeconds(5))).isTrue();
        assertThat(store.revoke(id, T.plusSeconds(9))).isFalse();
        assertThat(store.revoke(12345, T)).isFalse();
        assertThat(store.findActiveByHash(Secrets.hash("c".repeat(43)))).isEmpty();
        assertThat(store.list()).singleElement().satisfies(t -> assertThat(t.revokedAt()).isEqualTo(T.plusSeconds(5)));
    }

    @Test
    void touchWritesAtMostOncePerMinute() {
        long id = store.insert(null, "x", Secrets.hash("d".repeat(43)), T);
        store.touch(id, T.plusSeconds(1));
        assertThat(lastUsed()).isEqualTo(T.plusSeconds(1));
        store.touch(id, T.plusSeconds(30));
        store.touch(id, T.plusSeconds(60));
        assertThat(lastUsed()).as("within a minute of the last write").isEqualTo(T.plusSeconds(1));
        store.touch(id, T.plusSeconds(61));
        assertThat(lastUsed()).isEqualTo(T.plusSeconds(61));
        store.touch(id, T.plus(Duration.ofMinutes(5)));
        assertThat(lastUsed()).isEqualTo(T.plus(Duration.ofMinutes(5)));
    }

    private Instant lastUsed() {
        return store.list().get(0).lastUsedAt();
    }
}
