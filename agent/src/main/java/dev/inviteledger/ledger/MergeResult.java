package dev.inviteledger.ledger;

import java.time.Instant;
import java.util.List;

/**
 * What merging one capture changed. Counts are per invitation.
 *
 * @param created          invitations to people the ledger had never seen
 * @param updated          existing invitations seen again (including reopened ones)
 * @param resends          new invitations to people whose earlier invitation had closed
 * @param reopened         closed invitations this capture proved still pending (a warning says which)
 * @param outOfOrder       the capture is older than the latest page capture already merged for the account
 * @param observationsStored observation rows written (only changes are stored)
 * @param keys             keys of the rows in this capture, in page order, without duplicates
 */
public record MergeResult(long captureId, String account, Instant capturedAt, boolean complete, boolean outOfOrder,
                          int created, int updated, int resends, int reopened,
                          int closedWithdrawn, int closedAccepted, int closedUnknown,
                          int observationsStored, List<String> warnings, List<String> keys) {
    public MergeResult {
        warnings = List.copyOf(warnings);
        keys = List.copyOf(keys);
    }

    public int closed() {
        return closedWithdrawn + closedAccepted + closedUnknown;
    }
}
