package dev.inviteledger.cli;

import dev.inviteledger.dataexport.DataExportReader;
import dev.inviteledger.dataexport.MalformedExportException;
import dev.inviteledger.ledger.DataExport;
import dev.inviteledger.ledger.ImportResult;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.LedgerException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import PATH}: folds LinkedIn's own data export (zip or extracted folder) into the ledger. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import LinkedIn's own data export (the zip or its extracted folder).",
                "Get it from Settings > Data privacy > Get a copy of your data. Invitations.csv gives exact",
                "send times and notes, Connections.csv confirms acceptances. A malformed file is refused with",
                "its name and line and nothing is written; importing the same export twice changes nothing."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "The export zip, or the folder it was extracted to.")
    Path path;

    @Mixin
    AccountOption account;

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DataExport export = DataExportReader.read(path); // fully parsed and checked before anything is written
            ImportResult r;
            try (Ledger ledger = Ledger.open(dataDir.directory())) {
                r = ledger.importExport(account.account(), export, Instant.now());
            }
            for (String w : r.warnings()) {
                err.println("warning: " + w);
            }
            out.printf("imported %d outgoing invitation(s) (%d new, %d sharpened, %d skipped, %d incoming ignored),"
                            + " %d connection(s) (%d new, %d acceptance(s))%s%n",
                    r.outgoing(), r.created(), r.sharpened(), r.skipped(), r.incomingIgnored(), r.connections(),
                    r.evidenceAdded(), r.accepted(), r.changedAnything() ? "" : "; nothing changed");
            out.flush();
            return 0;
        } catch (MalformedExportException | LedgerException | IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            return 1;
        }
    }
}
