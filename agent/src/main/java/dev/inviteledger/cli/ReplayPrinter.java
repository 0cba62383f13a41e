package dev.inviteledger.cli;

import dev.inviteledger.page.AgeDays;
import dev.inviteledger.policy.Headroom;
import dev.inviteledger.policy.PlanSlot;
import dev.inviteledger.report.CaptureReport;
import dev.inviteledger.report.Hint;
import dev.inviteledger.report.ReportedInvitation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/** The human form of a capture report: the page as a table, then headroom, then today's withdrawals. */
final class ReplayPrinter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_HINTS_SHOWN = 20;

    private ReplayPrinter() {}

    static void print(PrintWriter out, Path file, CaptureReport r) {
        out.println(TerminalText.safe(file.toString()) + " — captured " + WHEN.format(r.capturedAt())
                + ", account " + TerminalText.safe(r.account()));
        out.println(coverage(r));
        out.println();
        if (!r.invitations().isEmpty()) {
            out.print(table(r));
            out.println();
        }
        Headroom h = r.headroom();
        out.printf(Locale.ROOT, "Pending   %d of %d (%.1f %%, %s) — %s%n", h.pending(), h.pendingCap(), h.share() * 100,
                h.level().wireName(), h.pendingHeadroom() >= 0 ? h.pendingHeadroom() + " before the cap"
                        : -h.pendingHeadroom() + " over the cap");
        out.printf(Locale.ROOT, "Weekly    %s sent in the last 7 days of %d — %s left%n", h.sentLast7Days().text(),
                h.weeklyLimit(), h.weeklyHeadroom().text());
        out.printf(Locale.ROOT, "Today     %d withdrawn, %d planned (daily budget %d)%n", r.today().done(),
                r.today().planned(), r.today().budget());
        out.println();
        hints(out, r);
        if (!r.warnings().isEmpty()) {
            out.println("Warnings:");
            r.warnings().forEach(w -> out.println("  - " + TerminalText.safe(w)));
            out.println();
        }
    }

    private static String coverage(CaptureReport r) {
        var c = r.coverage();
        String total = c.totalShown() == null ? "no People count shown" : "People (" + c.totalShown() + ")";
        return "Coverage  " + c.rowsSeen() + " invitation" + (c.rowsSeen() == 1 ? "" : "s") + " read, " + total
                + (c.complete() ? " — complete" : " — partial (nothing is closed from a partial capture)");
    }

    private static String table(CaptureReport r) {
        TextTable t = TextTable.forColumns(picocli.CommandLine.Help.defaultColorScheme(Ansi.OFF),
                new Column(5, 1, Overflow.SPAN), new Column(28, 1, Overflow.TRUNCATE),
                new Column(11, 1, Overflow.TRUNCATE), new Column(10, 1, Overflow.TRUNCATE),
                new Column(22, 1, Overflow.TRUNCATE), new Column(6, 1, Overflow.TRUNCATE),
                new Column(14, 1, Overflow.TRUNCATE));
        t.addRowValues("#", "Name", "Status", "Age (d)", "Sent", "Note", "Plan");
        int i = 1;
        for (ReportedInvitation inv : r.invitations()) {
            t.addRowValues(Integer.toString(i++), TerminalText.safe(inv.name()), inv.status().wireName(),
                    age(inv.age()), TerminalText.safe(inv.sentText()), inv.hasNote() ? "yes" : "no", plan(inv.plan()));
        }
        return t.toString();
    }

    private static void hints(PrintWriter out, CaptureReport r) {
        if (r.hints().isEmpty()) {
            out.println("Nothing to withdraw: no pending invitation is past the threshold.");
            out.println();
            return;
        }
        out.println("Withdraw by hand, oldest first (" + r.hints().size() + " in all):");
        r.hints().stream().limit(MAX_HINTS_SHOWN).forEach(h -> out.println(hintLine(h)));
        if (r.hints().size() > MAX_HINTS_SHOWN) {
            out.println("  … and " + (r.hints().size() - MAX_HINTS_SHOWN) + " more (use --json for all).");
        }
        out.println();
    }

    private static String hintLine(Hint h) {
        String when = h.today() ? "today" : "day " + h.batch();
        return String.format(Locale.ROOT, "  %3d. [%s] %s — %s", h.rank(), when, TerminalText.safe(h.name()),
                TerminalText.safe(String.join("; ", h.reasons())));
    }

    private static String age(AgeDays a) {
        if (a == null) {
            return "?";
        }
        return a.min() == a.max() ? Integer.toString(a.min()) : a.min() + "–" + a.max();
    }

    private static String plan(PlanSlot p) {
        if (p == null) {
            return "";
        }
        return p.today() ? "today #" + p.rank() : "day " + p.batch() + " #" + p.rank();
    }
}
