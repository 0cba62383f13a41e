package dev.inviteledger.page;

/**
 * One pending invitation as the Sent page shows it. Every string is scraped, attacker-controlled text.
 *
 * @param key        stable identity: {@code in:<slug>}, {@code email:<address>} or {@code name:<name>}
 * @param profileUrl canonical {@code https://www.linkedin.com/in/<slug>/}, or null without a profile link
 * @param sentText   the age line exactly as shown (whitespace normalised), or null
 * @param ageDays    the parsed age, or null when the wording is unknown (never a guess)
 */
public record ParsedRow(String key, String profileUrl, String name, String headline,
                        String sentText, AgeDays ageDays, boolean hasNote) {}
