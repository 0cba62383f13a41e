package dev.inviteledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The replay command's contract: exit codes, errors that name the file, --policy, --into and the human form. */
class ReplayCommandTest {
    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void streams() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path page(String name, List<SyntheticInvitation> rows) throws Exception {
        return Files.writeString(dir.resolve(name), SyntheticSentPage.render(rows, rows.size(), false));
    }

    private static final List<SyntheticInvitation> THREE = List.of(
            new SyntheticInvitation("Ana Invented", "ana-invented-1", "Chemist", 40, null),
            new SyntheticInvitation("Ben Madeup", "ben-madeup-2", "Pilot", 16, "Hi Ben"),
            new SyntheticInvitation("Cleo Sample", "cleo-sample-3", "Baker", 2, null));

    @Test
    void humanOutputShowsTheTableHeadroomAndPlan() throws Exception {
        Path p = page("three.html", THREE);
        assertThat(run("replay", "--captured-at", "2026-11-20T09:00:00Z", "--zone", "UTC", p.toString())).isZero();
        assertThat(out.toString())
                .contains("Coverage  3 invitations read, People (3) — complete")
                .contains("Ana Invented").contains("stale").contains("today #1")
                .contains("Pending   3 of 500 (0.6 %, ok)")
                .contains("Withdraw by hand, oldest first (1 in all):");
    }

    @Test
    void policyFileChangesTheThresholdAndBatches() throws Exception {
        Path p = page("three.html", THREE);
        Path policy = Files.writeString(dir.resolve("p.json"), "{\"withdrawAfterDays\": 14, \"dailyWithdrawals\": 1}");
        assertThat(run("replay", "--json", "--policy", policy.toString(), "--captured-at", "2026-11-20T09:00:00Z",
                "--zone", "UTC", p.toString())).isZero();
        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(report.path("hints")).hasSize(2);
        assertThat(report.path("hints").get(0).path("key").asText()).isEqualTo("in:ana-invented-1");
        assertThat(report.path("hints").get(0).path("batch").asInt()).isEqualTo(1);
        assertThat(report.path("hints").get(1).path("batch").asInt()).isEqualTo(2);
        assertThat(report.path("invitations").get(1).path("status").asText()).isEqualTo("stale");
    }

    @Test
    void aBadPolicyValueExitsNonZeroNamingTheKey() throws Exception {
        Path p = page("three.html", THREE);
        Path policy = Files.writeString(dir.resolve("p.json"), "{\"dailyWithdrawals\": 500}");
        assertThat(run("replay", "--policy", policy.toString(), p.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("dailyWithdrawals").contains("p.json");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnreadableOrNonHtmlFileExitsOneNamingIt() throws Exception {
        assertThat(run("replay", dir.resolve("missing.html").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.html").contains("no such file");

        streams();
        Path binary = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThat(run("replay", binary.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("photo.png");

        streams();
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes, no markup", StandardCharsets.UTF_8);
        assertThat(run("replay", text.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("notes.txt").contains("does not look like HTML");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("replay")).isEqualTo(2);
        assertThat(run("replay", "--captured-at", "yesterday", "x.html")).isEqualTo(2);
        assertThat(run("replay", "--no-such-option", "x.html")).isEqualTo(2);
    }

    @Test
    void aBadFileAmongSeveralWritesNothingInto() throws Exception {
        Path good = page("good.html", THREE);
        Path data = dir.resolve("data");
        assertThat(run("replay", "--into", data.toString(), good.toString(), dir.resolve("nope.html").toString()))
                .isEqualTo(1);
        assertThat(Ledger.exists(data)).isFalse();
    }

    @Test
    void intoMergesASeriesSoAVanishedInvitationCloses() throws Exception {
        Path first = page("day1.html", THREE);
        Path second = page("day2.html", THREE.subList(0, 2)); // Cleo vanished: accepted, declined or expired
        Path data = dir.resolve("data");
        assertThat(run("replay", "--json", "--into", data.toString(), "--zone", "UTC",
                first + "@2026-11-01T09:00:00Z", second + "@2026-11-03T09:00:00Z")).isZero();
        JsonNode reports = Json.mapper().readTree(out.toString());
        assertThat(reports.isArray()).isTrue();
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).path("capturedAt").asText()).isEqualTo("2026-11-03T09:00:00Z");
        // Both pages say Ana was invited "1 month ago" ([30,59] days): the first page, two days earlier,
        // narrows the second one's interval to [32,59].
        JsonNode ana = reports.get(1).path("invitations").get(0);
        assertThat(ana.path("ageDays").path("min").asInt()).isEqualTo(30);
        assertThat(ana.path("age").path("min").asInt()).isEqualTo(32);
        assertThat(ana.path("age").path("max").asInt()).isEqualTo(59);
        try (Ledger ledger = Ledger.open(data)) {
            assertThat(ledger.history(Ledger.DEFAULT_ACCOUNT).invitations())
                    .filteredOn(i -> i.key().equals("in:cleo-sample-3"))
                    .singleElement()
                    .satisfies(i -> assertThat(i.state()).isEqualTo(InvitationState.CLOSED_UNKNOWN));
        }
    }

    @Test
    void terminalOutputNeutralisesControlCharactersInNames() throws Exception {
        Path p = page("evil.html", List.of(
                new SyntheticInvitation("Eve \u001b[2J\u202eEvil", "eve-evil-1", null, 3, null)));
        assertThat(run("replay", "--zone", "UTC", p.toString())).isZero();
        assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\u202e");
    }
}
