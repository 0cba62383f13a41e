package dev.inviteledger.ledger;

import java.time.Instant;

/** A LinkedIn limit message the extension saw (e.g. kind {@code weekly-limit}); text and url are scraped text. */
public record SignalRecord(long id, String account, String kind, String text, String url, Instant seenAt) {}
