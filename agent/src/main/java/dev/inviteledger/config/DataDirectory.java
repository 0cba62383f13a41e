package dev.inviteledger.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the ledger lives by default on each platform (overridable with --data-dir everywhere). */
public final class DataDirectory {
    public static final String DATABASE_FILE = "ledger.sqlite";

    private DataDirectory() {}

    public static Path defaultDirectory() {
        return defaultDirectory(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Pure variant for tests: the OS name, the environment and the home directory are inputs. */
    static Path defaultDirectory(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Invite Ledger");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Invite Ledger");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("invite-ledger");
    }

    public static Path resolve(Path override) {
        return override != null ? override : defaultDirectory();
    }
}
