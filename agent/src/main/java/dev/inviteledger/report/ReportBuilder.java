package dev.inviteledger.report;

import dev.inviteledger.ledger.MergeResult;
import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.ParsedPage;
import dev.inviteledger.page.ParsedRow;
import dev.inviteledger.policy.Classification;
import dev.inviteledger.policy.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Joins a parsed page with the policy's verdicts into the one report every surface shows. Pure. */
public final class ReportBuilder {
    private ReportBuilder() {}

    public static CaptureReport build(ParsedPage page, MergeResult merge, Evaluation evaluation) {
        List<ReportedInvitation> rows = new ArrayList<>(page.rows().size());
        Map<String, Classification> byKey = evaluation.indexByKey();
        for (ParsedRow row : page.rows()) {
            Classification c = byKey.get(row.key());
            if (c == null) {
                // Cannot happen after a merge of this page; fail loudly rather than show a row without a verdict.
                throw new IllegalStateException("no verdict for a merged row");
            }
            rows.add(new ReportedInvitation(row.key(), row.profileUrl(), row.name(), row.headline(), row.sentText(),
                    row.ageDays(), row.hasNote(), c.status(), c.ageNow(), c.flags(), c.reasons(), c.resendCount(),
                    c.keep(), c.resendPossibleFrom(), c.plan()));
        }
        List<String> warnings = new ArrayList<>(page.warnings());
        warnings.addAll(merge.warnings());
        warnings.addAll(evaluation.warnings());
        return new CaptureReport(merge.capturedAt(), merge.account(),
                new Coverage(page.coverage().rowsSeen(), page.coverage().totalShown(), merge.complete()),
                rows, evaluation.headroom(), evaluation.plan().entries().stream().map(Hint::of).toList(),
                evaluation.plan().today(), evaluation.plan().unknownAge(), warnings);
    }
}
