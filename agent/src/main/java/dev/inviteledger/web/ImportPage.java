package dev.inviteledger.web;

import dev.inviteledger.ledger.CaptureRecord;
import dev.inviteledger.ledger.ImportResult;
import java.util.ArrayList;
import java.util.List;

/** Upload LinkedIn's own data export: its connections confirm acceptances, its open invitations pin send dates. */
public final class ImportPage {

    /**
     * @param result  what the last upload changed, or null
     * @param refusal why the last upload was refused (names the file and line), or null
     */
    public record View(Chrome chrome, Result result, String refusal, List<String> past, String maxSize, long maxBytes) {}

    /** The counts of one import, in words. */
    public record Result(List<Line> lines, List<String> warnings, boolean changedAnything) {}

    public record Line(String label, int count) {}

    private ImportPage() {}

    static View build(Chrome chrome, Snapshot s, ImportResult result, String refusal, long maxBytes) {
        List<String> past = new ArrayList<>();
        if (!s.empty()) {
            List<CaptureRecord> captures = s.history().captures();
            for (int i = captures.size() - 1; i >= 0 && past.size() < 10; i--) {
                if (Series.IMPORT_SOURCE.equals(captures.get(i).source())) {
                    past.add(s.fmt().dateTime(captures.get(i).capturedAt()));
                }
            }
        }
        return new View(chrome, result == null ? null : result(result), refusal, past, (maxBytes / (1024 * 1024)) + " MiB", maxBytes);
    }

    private static Result result(ImportResult r) {
        List<Line> lines = List.of(
                new Line("open invitations in the export", r.outgoing()),
                new Line("new to the ledger", r.created()),
                new Line("send dates or notes sharpened", r.sharpened()),
                new Line("connections read", r.connections()),
                new Line("new connection days", r.evidenceAdded()),
                new Line("invitations now known to be accepted", r.accepted()),
                new Line("rows skipped", r.skipped()),
                new Line("invitations you received (ignored)", r.incomingIgnored()));
        return new Result(lines, r.warnings(), r.changedAnything());
    }
}
