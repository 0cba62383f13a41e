package dev.inviteledger.report;

import dev.inviteledger.page.Coverage;
import dev.inviteledger.policy.Headroom;
import dev.inviteledger.policy.Today;
import java.time.Instant;
import java.util.List;

/**
 * The answer to one capture: what {@code replay --json} prints per file and what {@code POST /api/v1/captures}
 * returns to the overlay. One shape for every surface, so a replayed fixture shows exactly what the user saw.
 *
 * @param invitations the rows of this page, in page order, with their verdicts from the whole history
 * @param hints       the withdrawal plan (every stale or overdue invitation, not only those on this page)
 * @param unknownAge  keys of pending invitations whose age could not be read: never planned
 * @param warnings    parser, ledger and policy warnings, in that order
 */
public record CaptureReport(Instant capturedAt, String account, Coverage coverage,
                            List<ReportedInvitation> invitations, Headroom headroom, List<Hint> hints,
                            Today today, List<String> unknownAge, List<String> warnings) {
    public CaptureReport {
        invitations = List.copyOf(invitations);
        hints = List.copyOf(hints);
        unknownAge = List.copyOf(unknownAge);
        warnings = List.copyOf(warnings);
    }
}
