package dev.inviteledger.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link TokenStore} that forgets everything on exit: for tests, and for the agent until the ledger stores tokens. */
public final class InMemoryTokenStore implements TokenStore {

    private final Map<Long, TokenRecord> tokens = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized long insert(String origin, String label, String hash, Instant at) {
        long id = nextId++;
        tokens.put(id, new TokenRecord(id, origin, label, hash, at, null, null));
        return id;
    }

    @Override
    public synchronized Optional<TokenRecord> findActiveByHash(String hash) {
        return tokens.values().stream().filter(t -> t.active() && t.hash().equals(hash)).findFirst();
    }

    @Override
    public synchronized List<TokenRecord> list() {
        return new ArrayList<>(tokens.values());
    }

    @Override
    public synchronized boolean revoke(long id, Instant at) {
        TokenRecord t = tokens.get(id);
        if (t == null || !t.active()) {
            return false;
        }
        tokens.put(id, new TokenRecord(id, t.origin(), t.label(), t.hash(), t.createdAt(), t.lastUsedAt(), at));
        return true;
    }

    @Override
    public synchronized void touch(long id, Instant at) {
        TokenRecord t = tokens.get(id);
        if (t != null) {
            tokens.put(id, new TokenRecord(id, t.origin(), t.label(), t.hash(), t.createdAt(), at, t.revokedAt()));
        }
    }
}
