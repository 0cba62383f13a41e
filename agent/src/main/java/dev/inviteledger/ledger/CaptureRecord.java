package dev.inviteledger.ledger;

import java.time.Instant;
import java.util.List;

/** One merged capture of the Sent page (or an import), with what it covered and what went wrong. */
public record CaptureRecord(long id, String account, Instant capturedAt, String source,
                            int rowsSeen, Integer totalShown, boolean complete, List<String> warnings) {
    public CaptureRecord {
        warnings = List.copyOf(warnings);
    }
}
