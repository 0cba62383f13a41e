package dev.inviteledger.page;

/**
 * An invented pending invitation for generated pages (demo data, benchmarks, tests).
 *
 * @param slug    profile slug, or null for an e-mail invitee (then {@code name} is the address)
 * @param ageDays exact age in days at the time of the generated capture
 * @param note    the personal note, or null when none was sent
 */
public record SyntheticInvitation(String name, String slug, String headline, int ageDays, String note) {}
