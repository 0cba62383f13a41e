package dev.inviteledger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced by the parser work. */
@Command(name = "replay", description = "Replay captured Sent pages through the parser and policy.")
final class ReplayCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("replay: not built yet.");
        return 1;
    }
}
