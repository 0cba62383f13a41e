package dev.inviteledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.config.AppInfo;
import dev.inviteledger.demo.DemoLedger;
import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.LoginLinks;
import dev.inviteledger.http.PortInUseException;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.ledger.LedgerException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the agent on 127.0.0.1 until SIGTERM or Ctrl-C, then stops gracefully. */
@Command(name = "serve", description = "Run the local agent on 127.0.0.1: the API for the extension and the status pages.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + AppInfo.DEFAULT_PORT,
            description = "TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Mixin
    PolicyOption policyOption = new PolicyOption();

    @Option(names = "--demo", description = "Serve a demo ledger of invented people, rebuilt at every start in its "
            + "own directory (<temp>/invite-ledger-demo); your real data directory is not touched.")
    boolean demo;

    @Option(names = "--allow-extension-id", paramLabel = "ID",
            description = "Also accept this extension id (a store build); repeatable. The shipped extension is always accepted.")
    List<String> extraExtensionIds = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final AgentWiring wiring;

    ServeCommand() {
        this(new DefaultWiring());
    }

    ServeCommand(AgentWiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (demo && dataDir.dataDir != null) {
            err.println("serve: --demo uses its own data directory; leave out --data-dir");
            return 2;
        }
        ObjectNode policyOverrides;
        try {
            policyOverrides = policyOption.overrides();
        } catch (CliException e) {
            err.println("serve: " + e.getMessage());
            return 2;
        }
        ServerConfig config;
        try {
            Set<String> ids = new LinkedHashSet<>(ServerConfig.defaults(port).allowedExtensionIds());
            ids.addAll(extraExtensionIds);
            config = ServerConfig.defaults(port).withAllowedExtensionIds(ids);
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            return 2;
        }
        Path directory = demo ? buildDemo(out, err, config.zone()) : dataDir.directory();
        if (directory == null) {
            return 1;
        }
        AgentServer server;
        try {
            server = wiring.assemble(config, directory, policyOverrides);
        } catch (CliException | LedgerException e) {
            err.println("serve: " + e.getMessage());
            return 1;
        }
        try {
            server.start();
        } catch (PortInUseException | IllegalStateException e) {
            server.stop();
            err.println("serve: " + e.getMessage());
            return 1;
        }
        server.installShutdownHook();
        out.println("Invite Ledger agent on " + server.baseUrl() + " (data: " + directory + ")");
        out.println("Status pages: " + server.loginLinks().mint(LoginLinks.CONSOLE_LINK_LIFETIME).url()
                + " (a one-time sign-in link, valid for an hour)");
        if (demo) {
            out.println("This is the demo: invented people, nothing from your real data directory.");
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.awaitStop();
        return 0;
    }

    /** Rebuilds the demo ledger (a few seconds on a cold JVM) and returns its directory, or null when it could not. */
    private static Path buildDemo(PrintWriter out, PrintWriter err, ZoneId zone) {
        Path dir = DemoLedger.defaultDirectory();
        out.println("Building the demo ledger in " + dir + " ...");
        out.flush();
        try {
            DemoLedger.Figures figures = DemoLedger.prepare(dir, Instant.now(), zone);
            out.println("Demo: " + figures.summary());
            return dir;
        } catch (IllegalStateException | UncheckedIOException | LedgerException e) {
            err.println("serve: cannot build the demo: " + e.getMessage());
            return null;
        }
    }
}
