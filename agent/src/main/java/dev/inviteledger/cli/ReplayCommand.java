package dev.inviteledger.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.report.CapturePipeline;
import dev.inviteledger.report.CaptureReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Replays saved Sent pages through exactly the path a live capture takes (parse → ledger → policy → report).
 * Without {@code --into} each file goes into its own in-memory ledger; with it, the files are merged in
 * order into a real ledger, so a history can be reproduced from fixtures.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay captured Sent pages through the parser, the ledger and the policy.",
                "Each FILE may carry its capture time: page.html@2026-11-20T09:00:00Z."})
final class ReplayCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE[@TIME]", description = "Saved Sent pages (HTML), in capture order.")
    List<String> files;

    @Option(names = "--json", description = "Print the capture report as JSON (an array for several files).")
    boolean json;

    @Option(names = "--captured-at", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Capture time for files without @TIME (ISO-8601, e.g. 2026-11-22T09:30:00Z; default: the time a saved fixture records, else now).")
    Instant capturedAt;

    @Option(names = "--into", paramLabel = "DIR",
            description = "Merge the files, in order, into the ledger in DIR (created if needed) instead of a throwaway one.")
    Path into;

    @Option(names = "--account", paramLabel = "NAME", defaultValue = Ledger.DEFAULT_ACCOUNT,
            description = "Account the captures belong to (default: ${DEFAULT-VALUE}).")
    String account;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone for calendar days such as today's batch (default: the zone a saved fixture records, else the system's).")
    ZoneId zone;

    @Mixin
    PolicyOption policyOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Instant now = Instant.now();
        // Read and check every file before merging anything: a bad file must not leave half a history behind.
        List<CaptureFile> captures = new ArrayList<>();
        for (String arg : files) {
            captures.add(CaptureFile.read(arg, capturedAt, now));
        }
        ZoneId z = zoneFor(captures);
        List<CaptureReport> reports = new ArrayList<>();
        if (into != null) {
            try (Ledger ledger = Ledger.open(into)) {
                CapturePipeline pipeline = pipeline(ledger, policyOption.resolve(ledger.settings()), z);
                for (CaptureFile c : captures) {
                    reports.add(pipeline.ingest(c.toCapture(account)));
                }
            }
        } else {
            Policy policy = policyOption.resolve(java.util.Map.of());
            for (CaptureFile c : captures) {
                try (Ledger ledger = Ledger.inMemory()) {
                    reports.add(pipeline(ledger, policy, z).ingest(c.toCapture(account)));
                }
            }
        }
        print(reports, captures);
        return 0;
    }

    /** --zone, else the zone a saved fixture recorded (the first file's), else the system's. */
    private ZoneId zoneFor(List<CaptureFile> captures) {
        if (zone != null) {
            return zone;
        }
        return captures.stream().map(CaptureFile::zone).filter(java.util.Objects::nonNull).findFirst()
                .orElse(ZoneId.systemDefault());
    }

    private static CapturePipeline pipeline(Ledger ledger, Policy policy, ZoneId zone) {
        return new CapturePipeline(ledger, new SentPageParser(), () -> policy, zone);
    }

    private void print(List<CaptureReport> reports, List<CaptureFile> captures) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectWriter writer = Json.mapper().writerWithDefaultPrettyPrinter();
            out.println(writer.writeValueAsString(reports.size() == 1 ? reports.get(0) : reports));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                ReplayPrinter.print(out, captures.get(i).path(), reports.get(i));
            }
        }
        out.flush();
    }
}
