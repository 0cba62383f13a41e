package dev.inviteledger.doctor;

import dev.inviteledger.config.AppInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** This agent's version and API, and the version of the extension bundled with it. */
public final class VersionsCheck implements Check {
    static final String NAME = "versions";
    private final String agentVersion;
    private final Optional<Path> extensionZip;

    public VersionsCheck(String agentVersion, Optional<Path> extensionZip) {
        this.agentVersion = agentVersion;
        this.extensionZip = extensionZip;
    }

    @Override
    public CheckResult run() {
        String agent = "agent " + agentVersion + " (API v" + AppInfo.API_VERSION + ")";
        if (extensionZip.isEmpty()) {
            return CheckResult.ok(NAME, agent + ", extension: not bundled with this copy");
        }
        try {
            String version = BundledExtension.manifestVersion(extensionZip.get());
            return CheckResult.ok(NAME, agent + ", bundled extension " + version + " (" + extensionZip.get() + ")");
        } catch (IOException e) {
            return CheckResult.warn(NAME, agent + ", but the bundled extension cannot be read: " + e.getMessage(),
                    "reinstall Invite Ledger to get an intact extension zip");
        }
    }
}
