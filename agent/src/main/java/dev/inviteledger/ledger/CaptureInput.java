package dev.inviteledger.ledger;

import dev.inviteledger.page.ParsedPage;
import java.time.Instant;
import java.util.Objects;

/**
 * One capture to merge.
 *
 * @param account          account hint; null or blank means {@link Ledger#DEFAULT_ACCOUNT}
 * @param source           where it came from: {@code extension}, {@code replay:<file>}, …
 * @param url              the page URL as captured, or null
 * @param completeOverride null to trust the parser's coverage; otherwise what the caller knows better
 */
public record CaptureInput(String account, Instant capturedAt, String source, String url, ParsedPage page,
                           Boolean completeOverride) {
    public CaptureInput {
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(page, "page");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a capture needs a source");
        }
    }

    public boolean complete() {
        return completeOverride != null ? completeOverride : page.coverage().complete();
    }
}
