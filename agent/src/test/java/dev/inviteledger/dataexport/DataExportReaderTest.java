package dev.inviteledger.dataexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inviteledger.ledger.DataExport;
import dev.inviteledger.ledger.ExportedConnection;
import dev.inviteledger.ledger.ExportedInvitation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataExportReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsOutgoingInvitationsAndConnectionsFromAFolder() throws Exception {
        DataExport export = DataExportReader.read(ExportFiles.folder(dir.resolve("export"), ExportFiles.INVITATIONS,
                ExportFiles.CONNECTIONS));
        assertThat(export.outgoing()).containsExactly(
                new ExportedInvitation("in:ada-example", "Ada Example", "https://www.linkedin.com/in/ada-example/",
                        Instant.parse("2026-02-16T15:30:00Z"), true, "Invitations.csv:2"),
                new ExportedInvitation("in:carol-example", "Carol Example", "https://www.linkedin.com/in/carol-example/",
                        Instant.parse("2026-02-28T23:05:00Z"), false, "Invitations.csv:3"));
        assertThat(export.incomingIgnored()).isEqualTo(1);
        assertThat(export.connections()).containsExactly(
                new ExportedConnection("in:bob-example", LocalDate.parse("2026-03-05")),
                new ExportedConnection("in:zed-example", LocalDate.parse("2024-01-15")),
                new ExportedConnection("email:zed@example.com", LocalDate.parse("2024-01-15")));
        assertThat(export.warnings()).isEmpty();
    }

    @Test
    void theZipGivesTheSameAsTheFolder() throws Exception {
        DataExport fromFolder = DataExportReader.read(ExportFiles.folder(dir.resolve("export"), ExportFiles.INVITATIONS,
                ExportFiles.CONNECTIONS));
        DataExport fromZip = DataExportReader.read(ExportFiles.zip(dir.resolve("Basic_LinkedInDataExport.zip"),
                ExportFiles.INVITATIONS, ExportFiles.CONNECTIONS));
        assertThat(fromZip).isEqualTo(fromFolder);
    }

    @Test
    void eitherFileAloneIsEnoughButNeitherIsAnError() throws Exception {
        assertThat(DataExportReader.read(ExportFiles.folder(dir.resolve("a"), ExportFiles.INVITATIONS, null)).outgoing()).hasSize(2);
        assertThat(DataExportReader.read(ExportFiles.folder(dir.resolve("b"), null, ExportFiles.CONNECTIONS)).connections()).hasSize(3);
        assertThatThrownBy(() -> DataExportReader.read(ExportFiles.folder(dir.resolve("c"), null, null)))
                .isInstanceOf(MalformedExportException.class).hasMessageContaining("holds neither Invitations.csv nor Connections.csv");
        assertThatThrownBy(() -> DataExportReader.read(dir.resolve("missing.zip")))
                .isInstanceOf(MalformedExportException.class).hasMessageContaining("no such file or folder");
    }

    static Stream<Arguments> malformed() {
        String inv = ExportFiles.INVITATIONS_HEADER;
        String ok = "Me,Ada Example,\"2/16/26, 3:30 PM\",,OUTGOING,,https://www.linkedin.com/in/ada-example\n";
        String con = ExportFiles.CONNECTIONS_PREAMBLE + ExportFiles.CONNECTIONS_HEADER;
        return Stream.of(
                Arguments.of("bad Sent At", inv + ok + "Me,Bob,\"yesterday\",,OUTGOING,,https://www.linkedin.com/in/bob\n", null,
                        "Invitations.csv, line 3: \"Sent At\" is not a date like 3/5/26, 1:45 AM: \"yesterday\""),
                Arguments.of("unknown direction", inv + ok + ok.replace("OUTGOING", "SIDEWAYS"), null,
                        "Invitations.csv, line 3: Direction must be OUTGOING or INCOMING, not \"SIDEWAYS\""),
                Arguments.of("a note spanning lines shifts later lines",
                        inv + "Me,Ada,\"2/16/26, 3:30 PM\",\"line one\nline two\nline three\",OUTGOING,,https://www.linkedin.com/in/ada\n"
                                + "Me,Bob,\"2/16/26, 3:30 PM\",,OUTGOING,https://www.linkedin.com/in/bob\n", null,
                        "Invitations.csv, line 5: expected 7 fields but found 6"),
                Arguments.of("missing column", "From,To,Sent At,Message,inviteeProfileUrl\n" + ok, null,
                        "Invitations.csv, line 1: missing column \"Direction\""),
                Arguments.of("no header at all", "just some text\n", null,
                        "Invitations.csv, line 1: no header line starting with \"From\""),
                Arguments.of("broken quoting", inv + ok + "Me,\"Bo\"b,\"2/16/26, 3:30 PM\",,OUTGOING,,x\n", null,
                        "Invitations.csv, line 3: not valid CSV: Invalid character between encapsulated token and delimiter"),
                Arguments.of("bad Connected On after the Notes lines", null,
                        con + "Bob,Example,https://www.linkedin.com/in/bob-example,,,,05 Mar 2026\n"
                                + "Eve,Example,https://www.linkedin.com/in/eve-example,,,,Someday\n",
                        "Connections.csv, line 6: \"Connected On\" is not a day like 15 Jan 2024: \"Someday\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedFileIsRefusedWithItsNameAndLine(String name, String invitations, String connections, String message)
            throws Exception {
        Path folder = ExportFiles.folder(dir.resolve("export"), invitations, connections);
        assertThatThrownBy(() -> DataExportReader.read(folder))
                .isInstanceOf(MalformedExportException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void outgoingRowsWithoutAProfileAreSkippedWithAWarning() throws Exception {
        String csv = ExportFiles.INVITATIONS_HEADER + "Me,someone@example.com,\"2/16/26, 3:30 PM\",,OUTGOING,,\n";
        DataExport export = DataExportReader.read(ExportFiles.folder(dir.resolve("e"), csv, null));
        assertThat(export.outgoing()).isEmpty();
        assertThat(export.warnings()).containsExactly("Invitations.csv:2: an outgoing invitation without a profile URL was skipped");
    }

    @Test
    void sentAtVariantsAreUnderstood() {
        assertThat(InvitationsCsv.parseSentAt("3/5/26, 1:45 AM", 1)).isEqualTo("2026-03-05T01:45");
        assertThat(InvitationsCsv.parseSentAt("12/31/2025, 11:59 pm", 1)).isEqualTo("2025-12-31T23:59");
        assertThat(InvitationsCsv.parseSentAt("3/5/26,\u202F1:45\u202FPM", 1)).isEqualTo("2026-03-05T13:45");
        assertThat(InvitationsCsv.parseSentAt("3/5/26 1:45 PM", 1)).isEqualTo("2026-03-05T13:45");
        assertThat(ConnectionsCsv.parseDay("5 Sep 2025", 1)).isEqualTo("2025-09-05");
        assertThat(ConnectionsCsv.parseDay("2025-09-05", 1)).isEqualTo("2025-09-05");
    }

    @Test
    void profileUrlsBecomeTheParsersKeys() {
        assertThat(ProfileKeys.keyForProfileUrl("https://www.linkedin.com/in/Ada-Example")).isEqualTo("in:ada-example");
        assertThat(ProfileKeys.keyForProfileUrl("http://linkedin.com/in/ada-example/?trk=x")).isEqualTo("in:ada-example");
        assertThat(ProfileKeys.keyForProfileUrl("www.linkedin.com/in/j%C3%BCrgen-example")).isEqualTo("in:jürgen-example");
        assertThat(ProfileKeys.canonicalProfileUrl("jürgen-example")).isEqualTo("https://www.linkedin.com/in/j%C3%BCrgen-example/");
        assertThat(ProfileKeys.keyForProfileUrl("https://evil.example/in/ada")).isNull();
        assertThat(ProfileKeys.keyForProfileUrl("")).isNull();
    }

    @Test
    void zipEntriesAreLookedUpByNameOnlyAndTraversalNamesAreIgnored() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("../Invitations.csv", ExportFiles.INVITATIONS);
        entries.put("nested/Connections.csv", ExportFiles.CONNECTIONS);
        entries.put("/etc/Connections.csv", ExportFiles.CONNECTIONS);
        Path zip = ExportFiles.zip(dir.resolve("evil.zip"), entries);
        assertThatThrownBy(() -> DataExportReader.read(zip)).isInstanceOf(MalformedExportException.class)
                .hasMessageContaining("holds neither");
        assertThat(dir.getParent().resolve("Invitations.csv")).doesNotExist();
    }

    @Test
    void oversizedEntriesAreRefusedByWhatTheyInflateTo() throws Exception {
        StringBuilder big = new StringBuilder(ExportFiles.INVITATIONS_HEADER);
        String line = "Me,Ada Example,\"2/16/26, 3:30 PM\",,OUTGOING,,https://www.linkedin.com/in/ada-example\n";
        while (big.length() < 200_000) {
            big.append(line);
        }
        Path zip = ExportFiles.zip(dir.resolve("bomb.zip"), big.toString(), null);
        assertThat(Files.size(zip)).isLessThan(20_000); // compresses well, as bombs do
        assertThatThrownBy(() -> DataExportReader.read(zip, 100_000))
                .isInstanceOf(MalformedExportException.class)
                .hasMessage("Invitations.csv: larger than 100000 bytes once unpacked; refused");
        assertThatThrownBy(() -> DataExportReader.read(ExportFiles.folder(dir.resolve("f"), big.toString(), null), 100_000))
                .isInstanceOf(MalformedExportException.class).hasMessageContaining("larger than 100000 bytes");
    }

    @Test
    void notAZipAndNotUtf8AreRefused() throws Exception {
        Path junk = dir.resolve("export.zip");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> DataExportReader.read(junk)).isInstanceOf(MalformedExportException.class)
                .hasMessageStartingWith("export.zip: is not a readable zip file");
        Path folder = dir.resolve("latin1");
        Files.createDirectories(folder);
        Files.write(folder.resolve("Invitations.csv"), (ExportFiles.INVITATIONS_HEADER + "Me,J\u00fcrgen").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DataExportReader.read(folder)).isInstanceOf(MalformedExportException.class)
                .hasMessage("Invitations.csv: is not UTF-8 text");
    }

    @Test
    void aByteOrderMarkIsTolerated() throws Exception {
        DataExport export = DataExportReader.read(ExportFiles.folder(dir.resolve("bom"), "\uFEFF" + ExportFiles.INVITATIONS, null));
        assertThat(export.outgoing()).hasSize(2);
    }
}
