package dev.inviteledger.cli;

import dev.inviteledger.http.TokenIssuer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints a new API token for the user's own scripts. Only the token goes to stdout (so
 * {@code TOKEN=$(invite-ledger token)} works); the ledger keeps its hash, and the status page can revoke it.
 */
@Command(name = "token", description = "Print a new API token for your own scripts and tests (stored hashed; revocable on the status page).")
final class TokenCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--label", paramLabel = "L", defaultValue = "script",
            description = "A name to recognise the token by on the status page (default: ${DEFAULT-VALUE}).")
    String label;

    @Spec
    CommandSpec spec;

    private final AgentWiring wiring;
    private final Clock clock;

    TokenCommand() {
        this(new DefaultWiring(), Clock.tick(Clock.systemUTC(), Duration.ofSeconds(1)));
    }

    TokenCommand(AgentWiring wiring, Clock clock) {
        this.wiring = wiring;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path directory = dataDir.directory();
        Optional<AgentWiring.OpenTokenStore> opened = wiring.openTokenStore(directory);
        if (opened.isEmpty()) {
            err.println("token: not available yet: this version keeps tokens in memory only, so a printed token could not be checked.");
            return 2;
        }
        try (AgentWiring.OpenTokenStore store = opened.get()) {
            TokenIssuer.IssuedToken issued = new TokenIssuer(store.store(), clock).issue(null, label);
            out.println(issued.token());
            out.flush();
            err.println("Token #" + issued.id() + " for " + directory + ". Send it as \"Authorization: Bearer <token>\" "
                    + "without an Origin header; revoke it on the status page. It is shown only now.");
        }
        return 0;
    }
}
