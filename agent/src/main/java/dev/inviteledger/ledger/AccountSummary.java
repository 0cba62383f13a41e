package dev.inviteledger.ledger;

import java.time.Instant;

/** One account the ledger knows, with its pending count and last page capture (null if none yet). */
public record AccountSummary(String account, int pending, Instant lastCaptureAt) {}
