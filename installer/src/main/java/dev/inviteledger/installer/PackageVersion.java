package dev.inviteledger.installer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version jpackage accepts ({@code --app-version}: one to three integers) from the project version.
 * The agent itself always reports the full project version (AppInfo); this is installer metadata only.
 */
final class PackageVersion {
    private static final Pattern NUMERIC = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private PackageVersion() {}

    static String of(String projectVersion, String targetOs) {
        Matcher m = NUMERIC.matcher(projectVersion);
        if (!m.find()) {
            throw new IllegalArgumentException("project version " + projectVersion + " does not start with a number");
        }
        int major = Integer.parseInt(m.group(1));
        String minor = m.group(2) == null ? "0" : m.group(2);
        String patch = m.group(3) == null ? "0" : m.group(3);
        // macOS (CFBundleVersion) refuses a first number of 0: "The first number in an app-version cannot be zero"
        if (targetOs.equals("mac") && major == 0) {
            major = 1;
        }
        return major + "." + minor + "." + patch;
    }
}
