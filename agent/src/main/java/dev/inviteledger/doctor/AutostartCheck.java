package dev.inviteledger.doctor;

import dev.inviteledger.autostart.Answer;
import dev.inviteledger.autostart.Autostart;
import dev.inviteledger.autostart.AutostartStatus;

/** Whether the agent starts with the session, and whether its entry still works. */
public final class AutostartCheck implements Check {
    static final String NAME = "autostart";
    private final Autostart autostart;

    public AutostartCheck(Autostart autostart) {
        this.autostart = autostart;
    }

    @Override
    public CheckResult run() {
        AutostartStatus status = autostart.status();
        if (status.problem().isPresent()) {
            return CheckResult.fail(NAME, status.problem().get(), "invite-ledger autostart enable (or disable)");
        }
        if (status.enabled() == Answer.YES) {
            return CheckResult.ok(NAME, status.summary());
        }
        if (status.enabled() == Answer.UNKNOWN) {
            return CheckResult.warn(NAME, status.summary(), "invite-ledger autostart status tells more");
        }
        return CheckResult.warn(NAME, "off: the agent does not start when you log in",
                "optional: invite-ledger autostart enable");
    }
}
