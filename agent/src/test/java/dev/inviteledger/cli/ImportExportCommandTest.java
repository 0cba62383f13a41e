package dev.inviteledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.ledger.Ledger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path export(String invitations) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.writeString(folder.resolve("Invitations.csv"), invitations, StandardCharsets.UTF_8);
        return folder;
    }

    private static final String INVITATIONS = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
            + "Me,=HYPERLINK(\"http://evil.example\"),\"3/5/26, 1:45 AM\",Hi,OUTGOING,,https://www.linkedin.com/in/ada-example\n"
            + "Grace,Me,\"3/5/26, 1:45 AM\",,INCOMING,,https://www.linkedin.com/in/me\n";

    @Test
    void importThenExportCsvIntoAFile() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("import", export(INVITATIONS).toString(), "--data-dir", data.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("imported 1 outgoing invitation(s) (1 new, 0 sharpened, 0 skipped, 1 incoming ignored)");
        assertThat(run("import", dir.resolve("export").toString(), "--data-dir", data.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("; nothing changed");

        Path csv = dir.resolve("out").resolve("ledger.csv");
        Files.createDirectories(csv.getParent());
        assertThat(run("export", "--format", "CSV", "--out", csv.toString(), "--data-dir", data.toString())).isEqualTo(0);
        String text = Files.readString(csv);
        assertThat(text).startsWith("key,name,headline,profileUrl,status,");
        assertThat(text).contains("in:ada-example,\"'=HYPERLINK(\"\"http://evil.example\"\")\",,https://www.linkedin.com/in/ada-example/,pending,"
                + "2026-03-05T01:45:00Z,2026-03-05T01:46:00Z,");
        try (var files = Files.list(csv.getParent())) {
            assertThat(files).as("no temp file left behind").containsExactly(csv);
        }
    }

    @Test
    void exportJsonToStdout() throws Exception {
        Path data = dir.resolve("data");
        run("import", export(INVITATIONS).toString(), "--data-dir", data.toString());
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("export", "--data-dir", data.toString())).isEqualTo(0);
        } finally {
            System.setOut(original);
        }
        var doc = dev.inviteledger.config.Json.mapper().readTree(captured.toByteArray());
        assertThat(doc.get("invitations").get(0).get("name").asText()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        assertThat(doc.get("invitations").get(0).get("status").asText()).isEqualTo("pending");
    }

    @Test
    void aMalformedExportExitsOneWithFileAndLineAndWritesNothing() throws Exception {
        Path data = dir.resolve("data");
        String bad = INVITATIONS + "Me,Bob,\"not a date\",,OUTGOING,,https://www.linkedin.com/in/bob\n";
        assertThat(run("import", export(bad).toString(), "--data-dir", data.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "import: Invitations.csv, line 4: \"Sent At\" is not a date like 3/5/26, 1:45 AM: \"not a date\"");
        assertThat(Ledger.exists(data)).isFalse();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(run("export", "--format", "xml")).isEqualTo(2);
        assertThat(run("export", "--cooldown-days", "21", "--data-dir", dir.toString())).isEqualTo(2);
    }

    @Test
    void exportRefusesABadPolicyFileNamingTheKey() throws Exception {
        Path policy = Files.writeString(dir.resolve("p.json"), "{\"resendCooldownDays\": -1}");
        Path data = dir.resolve("data");
        assertThat(run("import", export(INVITATIONS).toString(), "--data-dir", data.toString())).isZero();
        assertThat(run("export", "--policy", policy.toString(), "--data-dir", data.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("resendCooldownDays");
    }

    @Test
    void exportWithoutALedgerSaysSo() {
        assertThat(run("export", "--data-dir", dir.resolve("empty").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("export: no ledger in ");
    }
}
