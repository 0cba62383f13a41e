package dev.inviteledger.ledger;

import java.util.List;

/**
 * LinkedIn's own data export, already parsed and validated (see the dataexport package).
 *
 * @param outgoing         OUTGOING rows of Invitations.csv (INCOMING rows are not the user's invitations)
 * @param connections      rows of Connections.csv that carry a profile URL
 * @param incomingIgnored  how many INCOMING rows were skipped
 * @param warnings         rows the parser skipped, and why
 */
public record DataExport(List<ExportedInvitation> outgoing, List<ExportedConnection> connections,
                         int incomingIgnored, List<String> warnings) {
    public DataExport {
        outgoing = List.copyOf(outgoing);
        connections = List.copyOf(connections);
        warnings = List.copyOf(warnings);
    }
}
