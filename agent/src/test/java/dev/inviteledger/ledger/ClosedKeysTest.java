package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The set may answer "maybe" for a key it never saw; it must never answer "no" for one it did. */
class ClosedKeysTest {
    @Test
    void everyAddedKeyIsFoundAcrossGrowth() {
        ClosedKeys keys = new ClosedKeys();
        Set<String> added = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String key = "in:person-" + random.nextInt(1_000_000);
            keys.add(key);
            added.add(key);
        }
        assertThat(added).allMatch(keys::mayHave);
        long strangers = random.ints(10_000, 1_000_000, 2_000_000).filter(n -> keys.mayHave("in:person-" + n)).count();
        assertThat(strangers).as("keys never added that look present").isLessThan(100);
    }

    @Test
    void sharedHashesAndTheEmptySlotsHashAreKeys() {
        ClosedKeys keys = new ClosedKeys();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat("".hashCode()).isZero();
        keys.add("Aa");
        keys.add("");
        assertThat(keys.mayHave("Aa")).isTrue();
        assertThat(keys.mayHave("BB")).isTrue(); // a shared hash: a lookup, never a wrong answer
        assertThat(keys.mayHave("")).isTrue();
        assertThat(keys.mayHave("in:someone-else")).isFalse();
    }
}
