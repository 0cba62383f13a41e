package dev.inviteledger.autostart;

import java.util.Locale;

/** The three desktop platforms autostart knows how to register with. */
public enum Platform {
    LINUX, MACOS, WINDOWS;

    public static Platform current() {
        return fromOsName(System.getProperty("os.name", ""));
    }

    /** Anything that is neither Windows nor macOS is treated as a systemd Linux. */
    public static Platform fromOsName(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return MACOS;
        }
        return LINUX;
    }
}
