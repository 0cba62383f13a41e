package dev.inviteledger.autostart;

import java.nio.file.Path;

/** Text of the macOS LaunchAgent that starts the agent at login and restarts it after a crash. */
public final class LaunchAgentPlist {
    public static final String LABEL = "dev.inviteledger.agent";
    public static final String FILE_NAME = LABEL + ".plist";
    /** launchd waits at least this long between two starts, so a crashing agent does not spin. */
    static final int THROTTLE_INTERVAL_SEC = 10;

    private LaunchAgentPlist() {}

    public static String render(LaunchCommand command, Path logFile) {
        StringBuilder args = new StringBuilder();
        for (String arg : command.argv()) {
            args.append("    <string>").append(xml(arg)).append("</string>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<!-- Invite Ledger agent at login. Remove with: invite-ledger autostart disable -->\n"
                + "<plist version=\"1.0\">\n"
                + "<dict>\n"
                + "  <key>Label</key>\n"
                + "  <string>" + LABEL + "</string>\n"
                + "  <key>ProgramArguments</key>\n"
                + "  <array>\n"
                + args
                + "  </array>\n"
                + "  <key>RunAtLoad</key>\n"
                + "  <true/>\n"
                + "  <!-- restart only after a failure, not after a clean exit -->\n"
                + "  <key>KeepAlive</key>\n"
                + "  <dict>\n"
                + "    <key>SuccessfulExit</key>\n"
                + "    <false/>\n"
                + "  </dict>\n"
                + "  <key>ThrottleInterval</key>\n"
                + "  <integer>" + THROTTLE_INTERVAL_SEC + "</integer>\n"
                + "  <key>ProcessType</key>\n"
                + "  <string>Background</string>\n"
                + "  <key>StandardOutPath</key>\n"
                + "  <string>" + xml(logFile.toString()) + "</string>\n"
                + "  <key>StandardErrorPath</key>\n"
                + "  <string>" + xml(logFile.toString()) + "</string>\n"
                + "</dict>\n"
                + "</plist>\n";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
