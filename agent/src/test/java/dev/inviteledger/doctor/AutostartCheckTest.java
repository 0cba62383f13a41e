package dev.inviteledger.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.autostart.Answer;
import dev.inviteledger.autostart.Autostart;
import dev.inviteledger.autostart.AutostartOutcome;
import dev.inviteledger.autostart.AutostartStatus;
import dev.inviteledger.autostart.Platform;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutostartCheckTest {
    private static final Path UNIT = Path.of("/home/ada/.config/systemd/user/invite-ledger.service");

    private static CheckResult check(AutostartStatus status) {
        Autostart fixed = new Autostart() {
            public Platform platform() { return Platform.LINUX; }
            public Path entryFile() { return UNIT; }
            public String entryText() { return ""; }
            public AutostartOutcome enable() { throw new UnsupportedOperationException(); }
            public AutostartOutcome disable() { throw new UnsupportedOperationException(); }
            public AutostartStatus status() { return status; }
        };
        return new AutostartCheck(fixed).run();
    }

    @Test
    void onIsOk() {
        CheckResult result = check(new AutostartStatus(UNIT, true, Answer.YES, Answer.YES, "", Optional.empty()));

        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(result.detail()).isEqualTo("on (" + UNIT + "), running now: yes");
    }

    @Test
    void offIsAdviceOnly() {
        CheckResult result = check(new AutostartStatus(UNIT, false, Answer.NO, Answer.NO, "", Optional.empty()));

        assertThat(result.level()).isEqualTo(Level.WARN);
        assertThat(result.action()).contains("invite-ledger autostart enable");
    }

    @Test
    void aBrokenEntryNeedsAction() {
        CheckResult result = check(new AutostartStatus(UNIT, true, Answer.YES, Answer.NO, "",
                Optional.of("the unit starts /gone, which no longer exists")));

        assertThat(result.level()).isEqualTo(Level.FAIL);
        assertThat(result.detail()).contains("/gone");
    }
}
