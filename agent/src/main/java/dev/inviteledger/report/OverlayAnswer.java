package dev.inviteledger.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.policy.Headroom;
import dev.inviteledger.policy.PlanSlot;
import dev.inviteledger.policy.Status;
import dev.inviteledger.policy.Today;
import java.time.Instant;
import java.util.List;

/**
 * The part of a {@link CaptureReport} the overlay draws ({@code POST /api/v1/captures?view=overlay}): one badge
 * per row and the panel. It leaves out what the page itself shows or the overlay never reads — headlines, sent
 * texts, reasons, flags and the plan's hints — a third of the full report's bytes for a 1,500-row list, so the
 * agent writes, and the browser decodes, less on every capture.
 */
public record OverlayAnswer(Instant capturedAt, String account, Coverage coverage, List<Row> invitations,
                            Headroom headroom, Today today, List<String> warnings) {

    /**
     * One row's badge. The overlay finds its row, and the row of a withdrawal the user makes, by the profile slug in
     * {@code key} ({@code in:<slug>}) or, for people invited by e-mail, by {@code name}; the profile URL is left out
     * (it repeats the slug: a quarter of the answer's bytes).
     */
    @JsonSerialize(using = OverlayRowSerializer.class) // Jackson's bytes, without its per-field reflection
    public record Row(String key, String name, Status status, AgeDays ageDays, boolean hasNote, int resendCount,
                      boolean keep, PlanSlot plan) {}

    public OverlayAnswer {
        invitations = List.copyOf(invitations);
        warnings = List.copyOf(warnings);
    }
}
