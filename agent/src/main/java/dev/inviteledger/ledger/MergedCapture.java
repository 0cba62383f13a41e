package dev.inviteledger.ledger;

/**
 * A merged capture and the account's history as of that commit, read in the same transaction: what the policy
 * needs to answer the capture, without reading back the rows the merge just wrote.
 */
public record MergedCapture(MergeResult merge, AccountHistory history) {}
