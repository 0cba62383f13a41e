package dev.inviteledger.http;

import dev.inviteledger.ledger.ClientToken;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.UnknownInvitationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The persistent {@link TokenStore}: token hashes in the ledger's {@code client_tokens} table, so pairings
 * survive a restart and the {@code token} command can mint a token the running agent accepts.
 * <ul>
 *   <li>The table needs an origin; a script token (origin null in {@link TokenRecord}) is stored as
 *       {@value #SCRIPT_ORIGIN}, which no browser can send as an Origin (the {@link OriginGuard} refuses it).</li>
 *   <li>{@link #touch} runs on every authenticated request; writing each time would put a write transaction in
 *       front of every read. It writes only when this token's last recorded use is at least
 *       {@link #TOUCH_INTERVAL} old, so last-used times on the status page are accurate to a minute.</li>
 * </ul>
 */
public final class LedgerTokenStore implements TokenStore {

    /** What {@code client_tokens.origin} holds for a token printed by {@code invite-ledger token}. */
    public static final String SCRIPT_ORIGIN = "local-script";
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final Ledger ledger;
    /** Last use written per token id, by this process. */
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();

    public LedgerTokenStore(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public long insert(String origin, String label, String hash, Instant at) {
        return ledger.insertToken(origin == null ? SCRIPT_ORIGIN : origin, label, hash, at);
    }

    @Override
    public Optional<TokenRecord> findActiveByHash(String hash) {
        return ledger.findActiveTokenByHash(hash).map(LedgerTokenStore::toRecord);
    }

    @Override
    public List<TokenRecord> list() {
        return ledger.listTokens().stream().map(LedgerTokenStore::toRecord).toList();
    }

    @Override
    public boolean revoke(long id, Instant at) {
        boolean revoked;
        try {
            revoked = ledger.revokeToken(id, at); // check and act in one statement: two revokes cannot both win
        } catch (UnknownInvitationException unknown) {
            return false;
        }
        if (revoked) {
            lastWritten.remove(id);
        }
        return revoked;
    }

    @Override
    public void touch(long id, Instant at) {
        Instant previous = lastWritten.get(id);
        if (previous != null && Duration.between(previous, at).compareTo(TOUCH_INTERVAL) < 0) {
            return;
        }
        // Only one of several concurrent first uses writes; the others see its entry and skip.
        boolean mine = previous == null ? lastWritten.putIfAbsent(id, at) == null : lastWritten.replace(id, previous, at);
        if (mine) {
            ledger.touchToken(id, at);
        }
    }

    private static TokenRecord toRecord(ClientToken t) {
        String origin = SCRIPT_ORIGIN.equals(t.origin()) ? null : t.origin();
        return new TokenRecord(t.id(), origin, t.label(), t.tokenHash(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
    }
}
