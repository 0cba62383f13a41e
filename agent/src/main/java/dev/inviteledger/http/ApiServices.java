package dev.inviteledger.http;

import dev.inviteledger.ledger.Ledger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the ledger-backed route modules share. The status pages get the same object, so every surface reads
 * the same ledger with the same policy, clock and zone.
 *
 * @param clock   whole seconds, like the instants on the wire
 * @param zone    the user's zone for calendar days ("today")
 * @param dataDir the agent's data directory (fixtures are saved under it)
 */
public record ApiServices(Ledger ledger, PolicySource policy, Clock clock, ZoneId zone, Path dataDir) {
    public ApiServices {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(policy, "policy");
        clock = Clock.tick(Objects.requireNonNull(clock, "clock"), Duration.ofSeconds(1));
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dataDir, "dataDir");
    }
}
