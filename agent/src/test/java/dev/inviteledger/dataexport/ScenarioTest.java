package dev.inviteledger.dataexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.cli.Main;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.CaptureInput;
import dev.inviteledger.ledger.ImportResult;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.MergeResult;
import dev.inviteledger.page.AgeDays;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario, end to end: three captures a few days apart (the middle one partial), one person
 * vanishes, one is re-sent, LinkedIn's data export is imported; then {@code export} is checked field by field.
 * docs/ledger.md walks through the same story.
 */
class ScenarioTest {
    @TempDir
    Path dir;

    private static ParsedRow row(String slug, String name, String headline, String sentText, int min, int max, boolean note) {
        return new ParsedRow("in:" + slug, "https://www.linkedin.com/in/" + slug + "/", name, headline, sentText,
                new AgeDays(min, max), note);
    }

    private static CaptureInput capture(String at, int peopleShown, ParsedRow... rows) {
        boolean complete = rows.length == peopleShown;
        return new CaptureInput(null, Instant.parse(at), "extension",
                "https://www.linkedin.com/mynetwork/invitation-manager/sent/",
                new ParsedPage(List.of(rows), new Coverage(rows.length, peopleShown, complete), List.of()), null);
    }

    @Test
    void threeCapturesAWithdrawalAReSendAndTheDataExport() throws Exception {
        Path data = dir.resolve("data");
        try (Ledger ledger = Ledger.open(data)) {
            MergeResult c1 = ledger.merge(capture("2026-03-01T09:00:00Z", 4,
                    row("ada-example", "Ada Example", "Engineer at Example Corp", "Sent 1 week ago", 7, 13, false),
                    row("bob-example", "Bob Example", "Founder, Example Labs", "Sent 3 days ago", 3, 3, true),
                    row("carol-example", "Carol Example", "Designer", "Sent today", 0, 0, false),
                    row("dan-example", "Dan Example", "Recruiter", "Sent 2 weeks ago", 14, 20, false)));
            assertThat(c1.created()).isEqualTo(4);

            ledger.recordWithdrawal("default", "in:dan-example", Instant.parse("2026-03-02T10:00:00Z"), "observed");

            MergeResult c2 = ledger.merge(capture("2026-03-03T09:00:00Z", 3,
                    row("ada-example", "Ada Example", "Engineer at Example Corp", "Sent 2 weeks ago", 14, 20, false),
                    row("carol-example", "Carol Example", "Designer", "Sent 2 days ago", 2, 2, false)));
            assertThat(c2.complete()).isFalse();
            assertThat(c2.closed()).as("a partial capture closes nothing").isZero();

            MergeResult c3 = ledger.merge(capture("2026-03-06T09:00:00Z", 3,
                    row("ada-example", "Ada Example", "Engineer at Example Corp", "Sent 2 weeks ago", 14, 20, false),
                    row("carol-example", "Carol Example", "Designer", "Sent 5 days ago", 5, 5, false),
                    row("dan-example", "Dan Example", "Recruiter", "Sent today", 0, 0, false)));
            assertThat(c3.closedUnknown()).as("Bob vanished").isEqualTo(1);
            assertThat(c3.resends()).as("Dan was re-sent").isEqualTo(1);
            assertThat(c3.warnings()).isEmpty();

            Path export = ExportFiles.folder(dir.resolve("Basic_LinkedInDataExport_03-07-2026"),
                    ExportFiles.INVITATIONS_HEADER
                            + "Me Example,Ada Example,\"2/16/26, 3:30 PM\",\"Hi Ada, loved your talk\",OUTGOING,https://www.linkedin.com/in/me-example,https://www.linkedin.com/in/ada-example\n"
                            + "Me Example,Carol Example,\"2/28/26, 11:05 PM\",,OUTGOING,https://www.linkedin.com/in/me-example,https://www.linkedin.com/in/carol-example\n"
                            + "Me Example,Dan Example,\"3/5/26, 8:00 PM\",,OUTGOING,https://www.linkedin.com/in/me-example,https://www.linkedin.com/in/dan-example\n"
                            + "Me Example,Frank Example,\"3/6/26, 6:00 PM\",Hello Frank,OUTGOING,https://www.linkedin.com/in/me-example,https://www.linkedin.com/in/frank-example\n"
                            + "Grace Example,Me Example,\"3/4/26, 9:12 AM\",Hi!,INCOMING,https://www.linkedin.com/in/grace-example,https://www.linkedin.com/in/me-example\n",
                    ExportFiles.CONNECTIONS_PREAMBLE + ExportFiles.CONNECTIONS_HEADER
                            + "Bob,Example,https://www.linkedin.com/in/bob-example,,Example Labs,Founder,05 Mar 2026\n"
                            + "Zed,Example,https://www.linkedin.com/in/zed-example,,,,15 Jan 2024\n");
            ImportResult imported = ledger.importExport("default", DataExportReader.read(export),
                    Instant.parse("2026-03-07T12:00:00Z"));
            assertThat(imported.created()).as("Frank, sent after the last capture").isEqualTo(1);
            assertThat(imported.sharpened()).as("Ada, Carol, Dan").isEqualTo(3);
            assertThat(imported.accepted()).as("Bob").isEqualTo(1);
            assertThat(imported.evidenceAdded()).isEqualTo(2);
            assertThat(imported.incomingIgnored()).isEqualTo(1);
            assertThat(imported.warnings()).isEmpty();
        }

        Path json = dir.resolve("ledger.json");
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err, true))
                .execute("export", "--format", "json", "--out", json.toString(), "--data-dir", data.toString());
        assertThat(code).as(err.toString()).isZero();

        JsonNode expected = Json.mapper().readTree("""
                {"invitations": [
                  {"key": "in:ada-example", "name": "Ada Example", "headline": "Engineer at Example Corp",
                   "profileUrl": "https://www.linkedin.com/in/ada-example/", "status": "pending",
                   "sentAt": {"earliest": "2026-02-16T15:30:00Z", "latest": "2026-02-16T15:31:00Z"},
                   "firstSeen": "2026-03-01T09:00:00Z", "lastSeen": "2026-03-06T09:00:00Z", "hasNote": true,
                   "closedAt": null, "closedAs": null, "withdrawnAt": null, "resendEligibleAt": null, "resendCount": 0},
                  {"key": "in:bob-example", "name": "Bob Example", "headline": "Founder, Example Labs",
                   "profileUrl": "https://www.linkedin.com/in/bob-example/", "status": "accepted",
                   "sentAt": {"earliest": "2026-02-25T09:00:00Z", "latest": "2026-02-26T09:00:00Z"},
                   "firstSeen": "2026-03-01T09:00:00Z", "lastSeen": "2026-03-01T09:00:00Z", "hasNote": true,
                   "closedAt": "2026-03-06T09:00:00Z", "closedAs": "accepted", "withdrawnAt": null,
                   "resendEligibleAt": null, "resendCount": 0},
                  {"key": "in:carol-example", "name": "Carol Example", "headline": "Designer",
                   "profileUrl": "https://www.linkedin.com/in/carol-example/", "status": "pending",
                   "sentAt": {"earliest": "2026-02-28T23:05:00Z", "latest": "2026-02-28T23:06:00Z"},
                   "firstSeen": "2026-03-01T09:00:00Z", "lastSeen": "2026-03-06T09:00:00Z", "hasNote": false,
                   "closedAt": null, "closedAs": null, "withdrawnAt": null, "resendEligibleAt": null, "resendCount": 0},
                  {"key": "in:dan-example", "name": "Dan Example", "headline": "Recruiter",
                   "profileUrl": "https://www.linkedin.com/in/dan-example/", "status": "withdrawn",
                   "sentAt": {"earliest": "2026-02-08T09:00:00Z", "latest": "2026-02-15T09:00:00Z"},
                   "firstSeen": "2026-03-01T09:00:00Z", "lastSeen": "2026-03-01T09:00:00Z", "hasNote": false,
                   "closedAt": "2026-03-02T10:00:00Z", "closedAs": "withdrawn", "withdrawnAt": "2026-03-02T10:00:00Z",
                   "resendEligibleAt": "2026-03-23T10:00:00Z", "resendCount": 0},
                  {"key": "in:dan-example", "name": "Dan Example", "headline": "Recruiter",
                   "profileUrl": "https://www.linkedin.com/in/dan-example/", "status": "pending",
                   "sentAt": {"earliest": "2026-03-05T20:00:00Z", "latest": "2026-03-05T20:01:00Z"},
                   "firstSeen": "2026-03-06T09:00:00Z", "lastSeen": "2026-03-06T09:00:00Z", "hasNote": false,
                   "closedAt": null, "closedAs": null, "withdrawnAt": null, "resendEligibleAt": null, "resendCount": 1},
                  {"key": "in:frank-example", "name": "Frank Example", "headline": null,
                   "profileUrl": "https://www.linkedin.com/in/frank-example/", "status": "pending",
                   "sentAt": {"earliest": "2026-03-06T18:00:00Z", "latest": "2026-03-06T18:01:00Z"},
                   "firstSeen": "2026-03-07T12:00:00Z", "lastSeen": "2026-03-07T12:00:00Z", "hasNote": true,
                   "closedAt": null, "closedAs": null, "withdrawnAt": null, "resendEligibleAt": null, "resendCount": 0}
                ]}""");
        assertThat(Json.mapper().readTree(Files.readAllBytes(json))).isEqualTo(expected);

        // the same facts as CSV, one row checked cell by cell
        Path csv = dir.resolve("ledger.csv");
        assertThat(Main.commandLine().execute("export", "--format", "csv", "--out", csv.toString(),
                "--data-dir", data.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(4)).isEqualTo("in:dan-example,Dan Example,Recruiter,https://www.linkedin.com/in/dan-example/,"
                + "withdrawn,2026-02-08T09:00:00Z,2026-02-15T09:00:00Z,2026-03-01T09:00:00Z,2026-03-01T09:00:00Z,false,"
                + "2026-03-02T10:00:00Z,withdrawn,2026-03-02T10:00:00Z,2026-03-23T10:00:00Z,0");

        // importing the same export again changes nothing
        try (Ledger ledger = Ledger.open(data)) {
            ImportResult again = ledger.importExport("default",
                    DataExportReader.read(dir.resolve("Basic_LinkedInDataExport_03-07-2026")), Instant.parse("2026-03-08T12:00:00Z"));
            assertThat(again.changedAnything()).isFalse();
        }
        Path json2 = dir.resolve("ledger2.json");
        Main.commandLine().execute("export", "--out", json2.toString(), "--data-dir", data.toString());
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json));
    }
}
