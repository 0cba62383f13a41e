package dev.inviteledger.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the HTTP agent lands: says so instead of pretending to serve. */
@Command(name = "serve", description = "Run the local agent on 127.0.0.1 (not available yet).")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("serve: the HTTP agent is not built yet in this version.");
        return 1;
    }
}
