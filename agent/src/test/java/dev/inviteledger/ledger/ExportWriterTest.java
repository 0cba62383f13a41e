package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExportWriterTest {
    private static ExportRow row(String name, String headline) {
        return new ExportRow("in:x", name, headline, "https://www.linkedin.com/in/x/", "pending",
                new ExportRow.SentAt(Instant.parse("2026-02-15T09:00:00Z"), Instant.parse("2026-02-17T09:00:00Z")),
                Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-06T09:00:00Z"), false, null, null, null, null, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A9)",
            "\tleading tab", "\rleading CR", "=cmd|' /C calc'!A0"})
    void formulaLikeCellsGetALeadingApostrophe(String hostile) throws Exception {
        StringWriter out = new StringWriter();
        ExportWriter.csv(List.of(row(hostile, hostile)), out);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("'" + hostile);
            assertThat(r.get("headline")).isEqualTo("'" + hostile);
        });
    }

    @ParameterizedTest
    @CsvSource({"Ada Example", "'already quoted", "O'Brien", "3 = 3", "Zoë – CEO"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(ExportWriter.spreadsheetSafe(text)).isEqualTo(text);
    }

    @Test
    void csvHasTheDocumentedColumnsAndEmptyCellsForNulls() throws Exception {
        StringWriter out = new StringWriter();
        ExportWriter.csv(List.of(row("Ada, \"the\" Example\nsecond line", null)), out);
        assertThat(out.toString()).startsWith("key,name,headline,profileUrl,status,sentAtEarliest,sentAtLatest,firstSeen,"
                + "lastSeen,hasNote,closedAt,closedAs,withdrawnAt,resendEligibleAt,resendCount\r\n");
        assertThat(out.toString()).contains("in:x,\"Ada, \"\"the\"\" Example\nsecond line\",,https://www.linkedin.com/in/x/,"
                + "pending,2026-02-15T09:00:00Z,2026-02-17T09:00:00Z,2026-03-01T09:00:00Z,2026-03-06T09:00:00Z,false,,,,,0\r\n");
    }

    @Test
    void jsonWritesEveryFieldWithExplicitNulls() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter.json(List.of(row("Ada", null)), out);
        JsonNode doc = Json.mapper().readTree(out.toByteArray());
        JsonNode first = doc.get("invitations").get(0);
        List<String> fields = new java.util.ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("key", "name", "headline", "profileUrl", "status", "sentAt", "firstSeen",
                "lastSeen", "hasNote", "closedAt", "closedAs", "withdrawnAt", "resendEligibleAt", "resendCount");
        assertThat(first.get("headline").isNull()).isTrue();
        assertThat(first.get("sentAt").get("earliest").asText()).isEqualTo("2026-02-15T09:00:00Z");
        assertThat(first.get("firstSeen").asText()).isEqualTo("2026-03-01T09:00:00Z");
    }
}
