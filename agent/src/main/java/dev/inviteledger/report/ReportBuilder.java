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
            Classification c = verdict(byKey, row);
            rows.add(new ReportedInvitation(row.key(), row.profileUrl(), row.name(), row.headline(), row.sentText(),
                    row.ageDays(), row.hasNote(), c.status(), c.ageNow(), c.flags(), c.reasons(), c.resendCount(),
                    c.keep(), c.resendPossibleFrom(), c.plan()));
        }
        return new CaptureReport(merge.capturedAt(), merge.account(), coverage(page, merge), rows,
                evaluation.headroom(), evaluation.plan().entries().stream().map(Hint::of).toList(),
                evaluation.plan().today(), evaluation.plan().unknownAge(), warnings(page, merge, evaluation));
    }

    /** The {@link OverlayAnswer}: the same values as {@link #build}'s report, only the fields the overlay draws. */
    public static OverlayAnswer overlay(ParsedPage page, MergeResult merge, Evaluation evaluation) {
        List<OverlayAnswer.Row> rows = new ArrayList<>(page.rows().size());
        Map<String, Classification> byKey = evaluation.indexByKey();
        for (ParsedRow row : page.rows()) {
            Classification c = verdict(byKey, row);
            rows.add(new OverlayAnswer.Row(row.key(), row.name(), c.status(), row.ageDays(),
                    row.hasNote(), c.resendCount(), c.keep(), c.plan()));
        }
        return new OverlayAnswer(merge.capturedAt(), merge.account(), coverage(page, merge), rows,
                evaluation.headroom(), evaluation.plan().today(), warnings(page, merge, evaluation));
    }

    private static Classification verdict(Map<String, Classification> byKey, ParsedRow row) {
        Classification c = byKey.get(row.key());
        if (c == null) {
            // Cannot happen after a merge of this page; fail loudly rather than show a row without a verdict.
            throw new IllegalStateException("no verdict for a merged row");
        }
        return c;
    }

    private static Coverage coverage(ParsedPage page, MergeResult merge) {
        return new Coverage(page.coverage().rowsSeen(), page.coverage().totalShown(), merge.complete());
    }

    private static List<String> warnings(ParsedPage page, MergeResult merge, Evaluation evaluation) {
        List<String> warnings = new ArrayList<>(page.warnings());
        warnings.addAll(merge.warnings());
        warnings.addAll(evaluation.warnings());
        return warnings;
    }
}
