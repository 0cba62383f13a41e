package dev.inviteledger.http;

import static dev.inviteledger.http.LedgerAgent.page;
import static dev.inviteledger.http.LedgerAgent.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/export.csv|json} and {@code POST /api/v1/import} (multipart zip) over real HTTP. */
class ExportImportRoutesHttpTest {
    static final String INVITATIONS = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
            + "Me Example,Ada Example,\"11/1/26, 3:30 PM\",\"Hi Ada\",OUTGOING,https://www.linkedin.com/in/me-example,https://www.linkedin.com/in/ada-example\n"
            + "Me Example,Carol Example,\"11/10/26, 11:05 PM\",,OUTGOING,https://www.linkedin.com/in/me-example,https://www.linkedin.com/in/carol-example/\n";
    static final String BOUNDARY = "----invite-ledger-test-boundary";

    @TempDir
    Path dataDir;

    private LedgerAgent agent;

    @BeforeEach
    void start() {
        agent = new LedgerAgent(dataDir);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    @Test
    void theCsvExportIsADownloadAndDefusesFormulas() {
        agent.capture(page(person("=HYPERLINK(\"https://evil.example\",\"x\")", "evil", 25, null),
                person("Ada Example", "ada-example", 3, null)), agent.now().minus(Duration.ofMinutes(1)));
        TestAgent.Response csv = agent.read("/api/v1/export.csv").send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition")).contains("attachment; filename=\"invite-ledger-default-2026-11-22.csv\"");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).startsWith("key,name,headline,profileUrl,status,");
        assertThat(lines).hasSize(3);
        assertThat(csv.text()).contains("\"'=HYPERLINK(").doesNotContain(",=HYPERLINK");

        TestAgent.Response json = agent.read("/api/v1/export.json").send();
        assertThat(json.header("Content-Disposition")).contains("attachment; filename=\"invite-ledger-default-2026-11-22.json\"");
        assertThat(json.json().get("invitations")).hasSize(2);
        assertThat(json.json().at("/invitations/1/status").asText()).isEqualTo("pending");
        assertThat(agent.read("/api/v1/export.csv?account=other").send().status()).isEqualTo(404);
    }

    @Test
    void importsTheDataExportZipIntoTheNamedAccount() throws IOException {
        TestAgent.Response response = upload(zip(Map.of("Invitations.csv", INVITATIONS)), "?account=me%40example.com");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("outgoing").asInt()).isEqualTo(2);
        assertThat(response.json().get("created").asInt()).isEqualTo(2);
        assertThat(agent.ledger.history("me@example.com").invitations()).hasSize(2);
        // The same export again changes nothing.
        TestAgent.Response again = upload(zip(Map.of("Invitations.csv", INVITATIONS)), "?account=me%40example.com");
        assertThat(again.json().get("created").asInt()).isZero();
    }

    @Test
    void aRefusedFileNamesFileAndLineAndWritesNothing() throws IOException {
        Map<String, Long> before = agent.counts();
        TestAgent.Response badLine = upload(zip(Map.of("Invitations.csv", INVITATIONS
                + "Me,Bob,\"yesterday\",,OUTGOING,,https://www.linkedin.com/in/bob\n")), "");
        assertThat(badLine.status()).isEqualTo(400);
        assertThat(badLine.error()).isEqualTo("malformed-export");
        assertThat(badLine.json().get("message").asText()).startsWith("Invitations.csv, line 4: ").endsWith("Nothing was imported.");

        TestAgent.Response notAZip = upload("this is no zip".getBytes(StandardCharsets.UTF_8), "");
        assertThat(notAZip.status()).isEqualTo(400);
        assertThat(notAZip.json().get("message").asText()).startsWith("the uploaded file: ").doesNotContain("/tmp");

        TestAgent.Response empty = upload(zip(Map.of("Profile.csv", "x\n")), "");
        assertThat(empty.json().get("message").asText()).contains("holds neither Invitations.csv nor Connections.csv");
        assertThat(agent.counts()).isEqualTo(before);
    }

    @Test
    void theUploadMustBeOneMultipartFilePart() {
        Map<String, Long> before = agent.counts();
        TestAgent.Response json = agent.write("POST", "/api/v1/import", "{}").send();
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.error()).isEqualTo("file-required");
        byte[] wrongPart = multipart("other", "x.zip", new byte[] {1, 2, 3});
        TestAgent.Response other = agent.http.request("POST", "/api/v1/import").apiHeader().bearer(agent.token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).body(wrongPart).send();
        assertThat(other.error()).isEqualTo("file-required");
        TestAgent.Response noHeader = agent.http.request("POST", "/api/v1/import").bearer(agent.token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).body(wrongPart).send();
        assertThat(noHeader.error()).isEqualTo("api-header-required");
        assertThat(agent.counts()).isEqualTo(before);
    }

    private TestAgent.Response upload(byte[] zip, String query) {
        return agent.http.request("POST", "/api/v1/import" + query).apiHeader().bearer(agent.token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart(ImportRoutes.FILE_PART, "Basic_LinkedInDataExport.zip", zip)).send();
    }

    static byte[] multipart(String part, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
