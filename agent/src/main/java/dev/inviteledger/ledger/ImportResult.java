package dev.inviteledger.ledger;

import java.util.List;

/**
 * What importing LinkedIn's data export changed.
 *
 * @param captureId        the "import" capture row, or null when nothing changed (a repeated import records nothing)
 * @param outgoing         OUTGOING invitations read
 * @param created          pending invitations the ledger had not seen yet
 * @param sharpened        existing invitations whose send interval or note flag the export sharpened
 * @param skipped          OUTGOING rows not recorded (see warnings)
 * @param connections      connections read
 * @param evidenceAdded    connection days not known before
 * @param accepted         invitations now known to be accepted
 */
public record ImportResult(Long captureId, int outgoing, int created, int sharpened, int skipped,
                           int connections, int evidenceAdded, int accepted, int incomingIgnored,
                           List<String> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }

    public boolean changedAnything() {
        return created + sharpened + evidenceAdded + accepted > 0;
    }
}
