package dev.inviteledger.doctor;

/** One thing {@code doctor} looks at. A check reports problems as results; it does not throw. */
public interface Check {
    CheckResult run();
}
