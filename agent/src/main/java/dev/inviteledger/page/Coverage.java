package dev.inviteledger.page;

/**
 * How much of the user's pending list one capture saw.
 *
 * @param rowsSeen   distinct invitation rows recognised
 * @param totalShown the "People (N)" count when the page shows one, else null
 * @param complete   true only when every pending invitation is present
 */
public record Coverage(int rowsSeen, Integer totalShown, boolean complete) {}
