package dev.inviteledger.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version facts shared by the CLI, the API handshake and the status pages. */
public final class AppInfo {
    /** Bumped only on incompatible API changes; the extension sends it as X-Invite-Ledger-Api. */
    public static final int API_VERSION = 1;
    public static final int DEFAULT_PORT = 27121;
    /** Id of the extension as shipped: fixed by the public "key" in its manifest.json. */
    public static final String EXTENSION_ID = "mhjnmdodfjeaggedjkkiamebofjnndfi";

    private static final String VERSION = loadVersion();

    private AppInfo() {}

    public static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/dev/inviteledger/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
