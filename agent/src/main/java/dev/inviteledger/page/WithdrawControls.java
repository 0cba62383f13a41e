package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The most stable anchor on every generation of the page: the per-row withdraw control
 * (button or link, by its label, its "Withdraw" caption or data-view-name).
 */
final class WithdrawControls {
    /**
     * One withdraw control.
     *
     * @param node      its index in {@link PageScan#nodes}
     * @param withdrawLabel its aria-label when that names the invitee, or null
     * @param hidden    not rendered (LinkedIn keeps hidden duplicates)
     */
    record Control(int node, String withdrawLabel, boolean hidden) {
        /**
         * The invitee named by its aria-label, or null. Cut out of the label only when asked: most rows
         * are named by their profile link, and their labels are never read again.
         */
        String labelName() {
            return withdrawLabel == null ? null : LocalizedWords.withdrawLabelName(withdrawLabel);
        }
    }

    private WithdrawControls() {}

    /**
     * Candidates from {@link PageScan}, minus those in dialogs/toasts (the confirmation dialog's
     * button shares the row's label) and side panels; a control nested in another is merged into it.
     */
    static List<Control> from(PageScan scan) {
        List<Control> controls = new ArrayList<>();
        // Candidate index -> index of the control it became, or -1 (excluded, or merged into an outer one).
        int[] controlOf = new int[scan.withdrawCandidates.size()];
        for (int i = 0; i < controlOf.length; i++) {
            PageScan.Candidate c = scan.withdrawCandidates.get(i);
            controlOf[i] = -1;
            if (c.excluded()) {
                continue;
            }
            int outer = -1;
            for (int o : c.outers()) {
                if (controlOf[o] >= 0) {
                    outer = controlOf[o];
                    break;
                }
            }
            if (outer >= 0) {
                // <div data-view-name=…withdraw><button aria-label="…">: one control; keep the name.
                Control o = controls.get(outer);
                if (o.withdrawLabel() == null && c.withdrawLabel() != null) {
                    controls.set(outer, new Control(o.node(), c.withdrawLabel(), o.hidden()));
                }
                continue;
            }
            controlOf[i] = controls.size();
            controls.add(new Control(c.node(), c.withdrawLabel(), c.hidden()));
        }
        return controls;
    }
}
