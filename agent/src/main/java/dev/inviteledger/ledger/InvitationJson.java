package dev.inviteledger.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.inviteledger.config.Json;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads many invitation rows ({@link InvitationRecord}s for reads, {@link InvRow}s for a merge) as one JSON text that SQLite builds ({@code json_group_array(json_array(...))}).
 * Why: sqlite-jdbc crosses JNI (behind a lock) for every column read and again for every {@code wasNull}, so
 * mapping the ~1,600 rows a year-long account's history holds cost ~10 ms; one text column and Jackson's
 * streaming parser cost a fraction of that (issue 9, the 30 ms capture budget). Column order:
 * id, account, key, name, headline, profile_url, state, sent_earliest, sent_latest, first_seen, last_seen,
 * has_note, closed_at, withdrawn_at, resend_count, previous_id, keep, last_sent_text.
 */
final class InvitationJson {
    private InvitationJson() {}

    private interface RowReader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** Runs a query whose single row holds the JSON array; returns the records ordered by id. */
    static List<InvitationRecord> read(PreparedStatement ps) throws SQLException {
        List<InvitationRecord> out = readAll(ps, InvitationJson::record);
        // an aggregate's input order is not promised by SQLite: sort here, as ORDER BY i.id did
        out.sort(Comparator.comparingLong(InvitationRecord::id));
        return out;
    }

    /**
     * Working rows for a merge, by key. Column order: id, key, name, headline, profile_url, state, sent_earliest,
     * sent_latest, first_seen, last_seen, has_note, closed_at, previous_id, resend_count, keep, last_sent_text,
     * then the latest observation's id, age_min, age_max, sent_text (all null without one), then the stored last_seen
     * and seen_last_complete (last_seen above is the sighting they give, see {@link LastSeen}).
     */
    static Map<String, InvRow> readRows(PreparedStatement ps) throws SQLException {
        List<InvRow> rows = readRowList(ps);
        // in id order, which new rows keep (ids only grow): the history built from them is then nearly sorted already
        rows.sort(Comparator.comparingLong(r -> r.id));
        Map<String, InvRow> out = new LinkedHashMap<>(rows.size() * 2);
        for (InvRow r : rows) {
            out.put(r.key, r);
        }
        return out;
    }

    /** Working rows in no particular order (several may share a key). */
    static List<InvRow> readRowList(PreparedStatement ps) throws SQLException {
        return readAll(ps, InvitationJson::row);
    }

    private static <T> List<T> readAll(PreparedStatement ps, RowReader<T> reader) throws SQLException {
        // as UTF-8 bytes: decoding a few hundred KB into a String first cost more than parsing it
        byte[] json;
        try (ResultSet rs = ps.executeQuery()) {
            json = rs.next() ? rs.getBytes(1) : null;
        }
        List<T> out = new ArrayList<>();
        if (json == null) {
            return out;
        }
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                out.add(reader.read(p));
            }
        } catch (IOException e) {
            throw new SQLException("unreadable invitation rows from SQLite: " + e.getMessage(), e);
        }
        return out;
    }

    private static InvRow row(JsonParser p) throws IOException {
        InvRow r = new InvRow();
        r.id = longValue(p);
        r.key = text(p);
        r.name = text(p);
        r.headline = text(p);
        r.profileUrl = text(p);
        r.state = InvitationState.fromWire(text(p));
        r.sentEarliest = nullableLong(p);
        r.sentLatest = nullableLong(p);
        r.firstSeen = longValue(p);
        r.lastSeen = longValue(p);
        r.hasNote = longValue(p) != 0;
        r.closedAt = nullableLong(p);
        r.previousId = nullableLong(p);
        r.resendCount = (int) longValue(p);
        r.keep = longValue(p) != 0;
        r.lastSentText = text(p);
        r.hasObservation = nullableLong(p) != null;
        Long min = nullableLong(p);
        Long max = nullableLong(p);
        r.obsAgeMin = min == null ? null : Math.toIntExact(min);
        r.obsAgeMax = max == null ? null : Math.toIntExact(max);
        r.obsText = text(p);
        r.storedLastSeen = longValue(p);
        r.markedSeen = longValue(p) != 0;
        expect(p.nextToken(), JsonToken.END_ARRAY);
        return r;
    }

    private static InvitationRecord record(JsonParser p) throws IOException {
        long id = longValue(p);
        String account = text(p);
        String key = text(p);
        String name = text(p);
        String headline = text(p);
        String profileUrl = text(p);
        InvitationState state = InvitationState.fromWire(text(p));
        Long earliest = nullableLong(p);
        Long latest = nullableLong(p);
        Instant firstSeen = Times.instant(nullableLong(p));
        Instant lastSeen = Times.instant(nullableLong(p));
        boolean hasNote = longValue(p) != 0;
        Instant closedAt = Times.instant(nullableLong(p));
        Instant withdrawnAt = Times.instant(nullableLong(p));
        int resendCount = (int) longValue(p);
        Long previousId = nullableLong(p);
        boolean keep = longValue(p) != 0;
        String lastSentText = text(p);
        expect(p.nextToken(), JsonToken.END_ARRAY);
        SendWindow window = earliest == null || latest == null ? null
                : new SendWindow(Times.instant(earliest), Times.instant(latest));
        return new InvitationRecord(id, account, key, name, headline, profileUrl, state, window, firstSeen, lastSeen,
                hasNote, closedAt, withdrawnAt, resendCount, previousId, keep, lastSentText);
    }

    private static String text(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static Long nullableLong(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.VALUE_NUMBER_INT);
        return p.getLongValue();
    }

    private static long longValue(JsonParser p) throws IOException {
        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
        return p.getLongValue();
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
