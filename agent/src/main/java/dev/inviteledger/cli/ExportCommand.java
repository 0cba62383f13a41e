package dev.inviteledger.cli;

import dev.inviteledger.ledger.ExportRow;
import dev.inviteledger.ledger.ExportWriter;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.LedgerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export}: the ledger's invitations as JSON or spreadsheet-safe CSV, on stdout or into a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the ledger's invitations as JSON or spreadsheet-safe CSV.",
                "Columns: key, name, headline, profile URL, state, send interval, first/last seen, note,",
                "how and when it closed, withdrawal and re-send dates, re-send count (see docs/ledger.md)."})
final class ExportCommand implements Callable<Integer> {
    enum Format { JSON, CSV }

    @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Mixin
    AccountOption account;

    @Mixin
    PolicyOption policyOption;

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = dataDir.directory();
        try {
            if (!Ledger.exists(dir)) {
                throw new LedgerException("no ledger in " + dir + " yet (capture or import something first)");
            }
            List<ExportRow> rows;
            try (Ledger ledger = Ledger.open(dir)) {
                // resendEligibleAt follows the policy in effect: saved settings, or --policy on top.
                int cooldownDays = policyOption.resolve(ledger.settings()).resendCooldownDays();
                rows = ExportRow.of(ledger.history(account.account()), Duration.ofDays(cooldownDays));
            }
            byte[] bytes = render(rows);
            if (out == null) {
                PrintStream stdout = System.out;
                stdout.write(bytes);
                stdout.flush();
            } else {
                writeAtomically(out, bytes);
            }
            return 0;
        } catch (LedgerException | IllegalArgumentException | IOException e) {
            spec.commandLine().getErr().println("export: " + e.getMessage());
            return 1;
        }
    }

    private byte[] render(List<ExportRow> rows) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (format == Format.JSON) {
            ExportWriter.json(rows, buffer);
            buffer.write('\n');
        } else {
            try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
                ExportWriter.csv(rows, w);
            }
        }
        return buffer.toByteArray();
    }

    /** Temp file beside the target, then a rename: a reader never sees half a file. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        Path tmp = Files.createTempFile(parent, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
