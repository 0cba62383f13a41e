package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link CaptureMerger#touch} only reads ahead what the page loop will read; it must cope with every shape a hint
 * holds: positions without a row (unlisted since), rows without a name, headline, URL, age text, observation or interval.
 */
class TouchHintTest {
    @Test
    void readsEveryListedRowAndSkipsGaps() {
        InvRow full = row("in:a", "Ann", "Head", "https://x/", "Sent 1 day ago");
        full.obsText = "Sent 2 days ago";
        full.sentEarliest = 1L;
        full.sentLatest = 2L;
        InvRow bare = row("in:bb", null, null, null, null);
        assertThat(CaptureMerger.touch(new InvRow[] {null, full, null, bare, null}))
                .isEqualTo(4 + 3 + 4 + 10 + 14 + 15 + 1 + 0 + 5); // intervals count as their lowest bit
        assertThat(CaptureMerger.touch(new InvRow[0])).isZero();
    }

    private static InvRow row(String key, String name, String headline, String url, String text) {
        InvRow r = new InvRow();
        r.key = key;
        r.name = name;
        r.headline = headline;
        r.profileUrl = url;
        r.lastSentText = text;
        return r;
    }
}
