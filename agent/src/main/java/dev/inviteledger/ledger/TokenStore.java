package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Paired-extension tokens (hashes only); the http package does the hashing and constant-time checks. */
final class TokenStore {
    private TokenStore() {}

    static long insert(Connection c, String origin, String label, String tokenHash, Instant at) throws SQLException {
        if (origin == null || tokenHash == null || tokenHash.isBlank()) {
            throw new IllegalArgumentException("a token needs an origin and a hash");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO client_tokens (origin, label, token_hash, created_at)"
                + " VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, origin);
            ps.setString(2, label);
            ps.setString(3, tokenHash);
            ps.setLong(4, Times.millis(at));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Optional<ClientToken> activeByHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM client_tokens WHERE token_hash = ? AND revoked_at IS NULL")) {
            ps.setString(1, hash);
            List<ClientToken> found = list(ps);
            return found.stream().findFirst();
        }
    }

    static List<ClientToken> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM client_tokens ORDER BY id")) {
            return list(ps);
        }
    }

    /** True when the token was active and is revoked now; false when it already was; unknown ids are refused. */
    static boolean revoke(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE client_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            ps.setLong(1, Times.millis(at));
            ps.setLong(2, id);
            if (ps.executeUpdate() == 1) {
                return true;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM client_tokens WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownInvitationException("no client token #" + id);
                }
                return false;
            }
        }
    }

    static void touch(Connection c, long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE client_tokens SET last_used_at = ? WHERE id = ?")) {
            ps.setLong(1, Times.millis(at));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static List<ClientToken> list(PreparedStatement ps) throws SQLException {
        List<ClientToken> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ClientToken(rs.getLong("id"), rs.getString("origin"), rs.getString("label"),
                        rs.getString("token_hash"), Times.getInstant(rs, "created_at"),
                        Times.getInstant(rs, "last_used_at"), Times.getInstant(rs, "revoked_at")));
            }
        }
        return out;
    }
}
