package dev.inviteledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * "Connected On" days from LinkedIn's Connections.csv. A day (taken as UTC) explains an invitation's
 * closing when the connection could have been its acceptance: the invitation was sent before the day
 * ended, was last seen pending before the day ended, and the day began no later than the close.
 * Otherwise the evidence is about another invitation (e.g. an older connection later removed).
 */
final class ConnectionEvidence {
    private ConnectionEvidence() {}

    static boolean explains(InvRow inv, LocalDate day, long closeTime) {
        long dayStart = dayStart(day);
        long dayEnd = dayStart + Times.DAY_MS;
        boolean sentBefore = inv.sentEarliest == null || inv.sentEarliest < dayEnd;
        return sentBefore && inv.lastSeen < dayEnd && dayStart <= closeTime;
    }

    static long dayStart(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Reused lookup of one key's connection days (indexed; used only for invitations that vanish). */
    static final class Lookup implements AutoCloseable {
        private final PreparedStatement ps;

        Lookup(Connection c, long accountId) throws SQLException {
            ps = c.prepareStatement("SELECT connected_on FROM connection_evidence WHERE account_id = ? AND key = ?");
            ps.setLong(1, accountId);
        }

        List<LocalDate> days(String key) throws SQLException {
            ps.setString(2, key);
            List<LocalDate> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(LocalDate.parse(rs.getString(1)));
                }
            }
            return out;
        }

        /** The first day explaining the close, or null. */
        LocalDate explaining(InvRow inv, long closeTime) throws SQLException {
            for (LocalDate day : days(inv.key)) {
                if (explains(inv, day, closeTime)) {
                    return day;
                }
            }
            return null;
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }
}
