package dev.inviteledger.ledger;

import java.time.LocalDate;

/** A row of LinkedIn's Connections.csv: this person became a connection on this day (taken as UTC). */
public record ExportedConnection(String key, LocalDate connectedOn) {}
