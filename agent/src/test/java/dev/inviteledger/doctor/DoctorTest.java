package dev.inviteledger.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.doctor.Doctor.NamedCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoctorTest {

    @Test
    void exitsOneOnlyWhenSomethingFails() {
        assertThat(Doctor.exitCode(List.of(CheckResult.ok("a", "fine"), CheckResult.warn("b", "hm", "maybe")))).isZero();
        assertThat(Doctor.exitCode(List.of(CheckResult.ok("a", "fine"), CheckResult.fail("b", "bad", "fix")))).isEqualTo(1);
    }

    @Test
    void aCheckThatThrowsBecomesAFailureOfThatCheckOnly() {
        Doctor doctor = new Doctor(List.of(
                new NamedCheck("broken", () -> { throw new IllegalStateException("boom"); }),
                new NamedCheck("fine", () -> CheckResult.ok("fine", "all good"))));

        List<CheckResult> results = doctor.run();

        assertThat(results).extracting(CheckResult::name).containsExactly("broken", "fine");
        assertThat(results.get(0).level()).isEqualTo(Level.FAIL);
        assertThat(results.get(0).detail()).contains("boom");
    }

    @Test
    void eachResultIsOneLineWithTheActionAfterAnArrow() {
        assertThat(CheckResult.fail("port", "27121 is taken", "stop it").line())
                .isEqualTo("[FAIL] port:      27121 is taken -> stop it");
        assertThat(CheckResult.ok("data", "writable").line()).isEqualTo("[ok  ] data:      writable");
    }
}
