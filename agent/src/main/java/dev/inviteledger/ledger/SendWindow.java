package dev.inviteledger.ledger;

import java.time.Instant;

/**
 * The narrowest known interval for when an invitation was sent: the send time lies in
 * {@code (earliest, latest]}. Each capture that shows "Sent N units ago" contributes
 * {@code [capturedAt − (max+1) days, capturedAt − min days]}; the ledger keeps the intersection.
 */
public record SendWindow(Instant earliest, Instant latest) {
    public SendWindow {
        if (earliest == null || latest == null || latest.isBefore(earliest)) {
            throw new IllegalArgumentException("bad send window " + earliest + ".." + latest);
        }
    }
}
