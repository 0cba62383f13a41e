package dev.inviteledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.http.TokenStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What backs the agent for a data directory: the one seam where the ledger plugs into {@code serve} and
 * {@code token}. {@link DefaultWiring} is what the commands use; tests pass their own.
 */
interface AgentWiring {

    /** A token store opened on a data directory, with whatever must be closed after use. */
    record OpenTokenStore(TokenStore store, AutoCloseable owner) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            owner.close();
        }
    }

    /**
     * The server for {@code serve}, not started: stores, route modules and what to close on stop.
     *
     * @param policyOverrides the {@code --policy} file's values (validated on their own), empty without one
     * @throws CliException when the data directory's settings and the policy file do not make a valid policy
     */
    AgentServer assemble(ServerConfig config, Path dataDir, ObjectNode policyOverrides);

    /** The persistent token store for {@code token}; empty when this build keeps tokens in memory only. */
    Optional<OpenTokenStore> openTokenStore(Path dataDir);
}
