package dev.inviteledger.installer;

import dev.inviteledger.installer.Tools.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the installers from the shaded agent jar, with the JDK's own tools (run by exec-maven-plugin in the
 * installer module's {@code package} phase; see docs/install.md):
 * <ol>
 *   <li>jdeps: the modules the jar needs, checked against {@code jlink-modules.txt};</li>
 *   <li>jlink: a trimmed runtime (no debug symbols, headers, man pages; compressed);</li>
 *   <li>the jar without sqlite natives for other platforms, plus the extension zip and its README;</li>
 *   <li>jpackage {@code app-image} ({@code target/invite-ledger/}), then each package type from that image;
 *       the .deb gets the systemd user unit the agent itself renders ({@code autostart show}).</li>
 * </ol>
 * Arguments: {@code --name=value} pairs, see {@link #main}.
 */
public final class BuildImages {
    static final String NAME = "invite-ledger";
    static final String MAIN_CLASS = "dev.inviteledger.cli.Main";
    static final String VENDOR = "Invite Ledger project";
    static final String DESCRIPTION = "Read-only hygiene for LinkedIn's Sent invitations: a local agent on 127.0.0.1 and a browser extension";
    static final String COPYRIGHT = "Copyright (c) 2026 The Invite Ledger authors. MIT License.";
    static final String DEB_UNIT_PATH = "/usr/lib/systemd/user/invite-ledger.service";
    static final String INSTALLED_LAUNCHER = "/opt/invite-ledger/bin/invite-ledger";
    /**
     * The resident agent's JVM options, measured (docs/perf-notes/startup.md) and the same as the jar's
     * {@code agent/src/main/launcher/invite-ledger.options} (PackagingRulesTest keeps them equal): C1 only with one
     * compiler thread, freed native memory given back every second (JDK 17.0.12 or later: the image's runtime is the
     * build's JDK), the serial collector with a heap that follows the live data; then the start-up archive.
     */
    static final List<String> RESIDENT_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:Tier3InvocationThreshold=20", "-XX:Tier3MinInvocationThreshold=10", "-XX:Tier3CompileThreshold=200",
            "-XX:Tier3BackEdgeThreshold=6000", "-XX:TrimNativeHeapInterval=1000",
            "-XX:+UseSerialGC", "-Xms40m", "-Xmn24m", "-XX:SurvivorRatio=3", "-Xmx96m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");
    static final List<String> JAVA_OPTIONS = java.util.stream.Stream.concat(RESIDENT_OPTIONS.stream(),
            StartupArchive.JAVA_OPTIONS.stream()).toList();
    /** Where, under the image's app directory, the sqlite native library is put (see {@link NativeTrim#extract}). */
    static final String NATIVE_DIR = "native";

    /** Launcher options that make sqlite-jdbc load the library shipped in the image, set by {@link #stageInput}. */
    private final List<String> sqliteOptions = new ArrayList<>();

    private final Map<String, String> args;
    private final String os = currentOs();

    private BuildImages(Map<String, String> args) {
        this.args = args;
    }

    /**
     * {@code --agent-jar} shaded jar, {@code --extension-zip} the extension module's zip, {@code --version} project
     * version, {@code --packaging} src/main/packaging, {@code --license} LICENSE, {@code --target} output directory,
     * {@code --types} comma-separated jpackage types (default: app-image plus this OS's package type).
     */
    public static void main(String[] argv) {
        try {
            new BuildImages(parse(argv)).build();
        } catch (BuildFailure | IOException | IllegalArgumentException e) {
            System.err.println("[installer] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    static Map<String, String> parse(String[] argv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            map.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return map;
    }

    private String arg(String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    private Path file(String name) {
        Path path = Path.of(arg(name)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new BuildFailure("--" + name + ": " + path + " does not exist" + hintFor(name));
        }
        return path;
    }

    private static String hintFor(String name) {
        return switch (name) {
            case "agent-jar" -> " (build the agent module first: mvn -B package -pl installer -am)";
            case "extension-zip" -> " (the extension module makes it: mvn -B package -pl installer -am)";
            default -> "";
        };
    }

    private void build() throws IOException {
        long started = System.nanoTime();
        Path agentJar = file("agent-jar");
        Path extensionZip = file("extension-zip");
        Path packaging = Path.of(arg("packaging")).toAbsolutePath();
        Path license = file("license");
        Path target = Path.of(arg("target")).toAbsolutePath();
        Path work = target.resolve("jpackage-work");
        String version = PackageVersion.of(arg("version"), os);
        String typeList = args.getOrDefault("types", "");
        List<String> types = java.util.Arrays.stream((typeList.isBlank() ? "app-image," + defaultPackageType() : typeList).split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();

        preflight(types);
        DebRepack.deleteRecursively(work);
        Files.createDirectories(work);

        Path runtime = jlink(agentJar, packaging.resolve("jlink-modules.txt"), work.resolve("runtime"));
        Path input = stageInput(agentJar, extensionZip, packaging.resolve("README-extension.txt"), runtime, work.resolve("input"));
        Path appImage = appImage(version, input, runtime, target);
        boolean startupArchive = os.equals("linux"); // the image layout differs on macOS/Windows: not done there yet
        if (startupArchive) {
            StartupArchive.recordClassList(appImage, work, launcherOptions());
        }
        for (String type : types) {
            switch (type) {
                case "app-image" -> { /* built above: every package is made from it */ }
                case "deb" -> deb(version, appImage, packaging, license, target, work);
                case "dmg", "pkg", "msi", "exe" -> nativePackage(type, version, appImage, license, target);
                default -> throw new IllegalStateException("unchecked package type " + type);
            }
        }
        // last: packages carry the class list, never an archive made for this build path
        if (startupArchive && types.contains("app-image")) {
            StartupArchive.dump(appImage, work);
        }
        Tools.log(String.format(Locale.ROOT, "done in %.1f s", (System.nanoTime() - started) / 1e9));
    }

    /** Every package type {@link #build()} knows. */
    private static final List<String> PACKAGE_TYPES = List.of("app-image", "deb", "dmg", "pkg", "msi", "exe");

    private String defaultPackageType() {
        return switch (os) {
            case "mac" -> "dmg";
            case "windows" -> "msi";
            default -> "deb";
        };
    }

    /** Fail early, with the install command, when a packaging tool is missing. */
    private void preflight(List<String> types) {
        for (String type : types) {
            if (!PACKAGE_TYPES.contains(type)) {
                throw new IllegalArgumentException("unknown package type '" + type + "': use app-image, deb (Linux), "
                        + "dmg or pkg (macOS), msi or exe (Windows)");
            }
        }
        if (os.equals("linux")) {
            // every build makes the runtime and the app image first: jlink --strip-debug needs objcopy on Linux
            Tools.requireOnPath(List.of("objcopy"), "apt-get install -y binutils");
        }
        if (types.contains("deb")) {
            Tools.requireOnPath(List.of("dpkg-deb", "fakeroot"), "apt-get install -y dpkg fakeroot");
        }
    }

    private Path jlink(Path agentJar, Path moduleList, Path runtime) throws IOException {
        JlinkModules modules = JlinkModules.read(moduleList);
        String jdepsOut = Tools.jdk("jdeps", List.of("--ignore-missing-deps", "--print-module-deps",
                "--multi-release", "17", agentJar.toString()));
        Set<String> needed = JlinkModules.parseJdepsOutput(jdepsOut);
        Tools.log("jdeps: " + String.join(",", needed));
        List<String> unaccounted = modules.unaccountedFor(needed);
        if (!unaccounted.isEmpty()) {
            throw new BuildFailure("jdeps says the agent now needs " + unaccounted + ", which " + moduleList
                    + " neither bundles nor leaves out: add '+module why' (or '-module why') there and in docs/install.md");
        }
        Tools.jdk("jlink", List.of("--add-modules", modules.addModulesArgument(),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                "--output", runtime.toString()));
        if (os.equals("linux")) {
            // --strip-debug leaves libjvm.so's symbol table (.symtab): only crash reports use it to name
            // native frames; running needs only the dynamic symbols. 24 MB -> 20 MB.
            Path libjvm = runtime.resolve("lib/server/libjvm.so");
            Tools.run(List.of("objcopy", "--strip-unneeded", libjvm.toString()), runtime);
        }
        return runtime;
    }

    /** jpackage --input: the trimmed jar, and extension/ (lands in lib/app/extension/ of the image). */
    private Path stageInput(Path agentJar, Path extensionZip, Path readme, Path runtime, Path input) throws IOException {
        String javaExe = os.equals("windows") ? "java.exe" : "java";
        // ask sqlite-jdbc itself which native folder it loads here, using the runtime we just made
        String folder = Tools.run(List.of(runtime.resolve("bin").resolve(javaExe).toString(), "-cp", agentJar.toString(),
                "org.sqlite.util.OSInfo"), input.getParent()).strip();
        if (folder.isEmpty() || folder.contains(" ")) {
            throw new BuildFailure("sqlite-jdbc's OSInfo answered '" + folder + "', not a native folder");
        }
        int kept = NativeTrim.copy(agentJar, input.resolve(NAME + ".jar"), folder);
        Tools.log("kept sqlite natives for " + folder + " only (" + kept + " file), dropped the other platforms'");
        // also as a file in the image: sqlite-jdbc then loads it in place instead of copying it to the temp
        // directory at every start (faster, and nothing of ours left in /tmp); the jar keeps its copy as fallback
        List<String> natives = NativeTrim.extract(agentJar, folder, input.resolve(NATIVE_DIR).resolve(folder));
        if (natives.size() != 1) {
            throw new BuildFailure("expected one sqlite native library in " + folder + ", found " + natives);
        }
        sqliteOptions.clear();
        sqliteOptions.add("-Dorg.sqlite.lib.path=$APPDIR/" + NATIVE_DIR + "/" + folder);
        sqliteOptions.add("-Dorg.sqlite.lib.name=" + natives.get(0));
        Path extension = Files.createDirectories(input.resolve("extension"));
        Files.copy(extensionZip, extension.resolve(extensionZip.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(readme, extension.resolve("README-extension.txt"), StandardCopyOption.REPLACE_EXISTING);
        return input;
    }

    /** The launcher's java-options, as jpackage writes them into the image's .cfg ($APPDIR unexpanded). */
    private List<String> launcherOptions() {
        return java.util.stream.Stream.concat(JAVA_OPTIONS.stream(), sqliteOptions.stream()).toList();
    }

    private Path appImage(String version, Path input, Path runtime, Path target) throws IOException {
        Path image = target.resolve(os.equals("mac") ? NAME + ".app" : NAME);
        DebRepack.deleteRecursively(image);
        List<String> cmd = new ArrayList<>(List.of("--type", "app-image", "--name", NAME,
                "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION, "--copyright", COPYRIGHT,
                "--input", input.toString(), "--main-jar", NAME + ".jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--dest", target.toString()));
        for (String option : launcherOptions()) {
            cmd.addAll(List.of("--java-options", option));
        }
        if (os.equals("windows")) {
            cmd.add("--win-console"); // a CLI first: print to the console it was started from
        }
        Tools.jdk("jpackage", cmd);
        return image;
    }

    private void deb(String version, Path appImage, Path packaging, Path license, Path target, Path work) throws IOException {
        Path resources = work.resolve("deb-resources");
        Files.createDirectories(resources);
        for (String script : List.of("postinst", "prerm", "postrm")) {
            Files.copy(packaging.resolve("linux").resolve(script), resources.resolve(script), StandardCopyOption.REPLACE_EXISTING);
        }
        Path debOut = work.resolve("deb");
        List<String> jpackage = new ArrayList<>(List.of(jdkTool("jpackage").toString(), "--type", "deb", "--app-image", appImage.toString(), "--name", NAME,
                "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION, "--copyright", COPYRIGHT,
                "--license-file", license.toString(), "--resource-dir", resources.toString(),
                "--linux-package-name", NAME, "--linux-deb-maintainer", "maintainers@invite-ledger.invalid",
                "--linux-menu-group", "Network", "--linux-app-category", "net", "--linux-app-release", "1",
                "--dest", debOut.toString()));
        // jpackage's .deb is only an intermediate (it is repacked below, compressed once, with gzip -9): skip its compression
        Tools.run(jpackage, work, Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none"));
        Path built;
        try (var files = Files.list(debOut)) {
            built = files.filter(p -> p.toString().endsWith(".deb")).findFirst()
                    .orElseThrow(() -> new BuildFailure("jpackage made no .deb in " + debOut));
        }
        // the unit the packaged launcher would write itself: one source for its text (SystemdUserUnit)
        String unit = Tools.run(List.of(appImage.resolve("bin").resolve(NAME).toString(), "autostart", "show",
                "--platform", "linux", "--launcher", INSTALLED_LAUNCHER), work);
        if (!unit.contains("ExecStart=" + INSTALLED_LAUNCHER + " serve")) {
            throw new BuildFailure("the app-image's 'autostart show' printed an unexpected unit:\n" + unit);
        }
        Path deb = target.resolve(built.getFileName());
        DebRepack.addFiles(built, deb, List.of(new DebRepack.Addition(DEB_UNIT_PATH, unit)), work.resolve("repack"));
        Tools.log("deb: " + deb + " (" + Files.size(deb) / 1024 + " KiB)");
    }

    /** macOS and Windows packages: documented, run by maintainers on those systems (docs/install.md). */
    private void nativePackage(String type, String version, Path appImage, Path license, Path target) {
        List<String> cmd = new ArrayList<>(List.of("--type", type, "--app-image", appImage.toString(), "--name", NAME,
                "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION, "--copyright", COPYRIGHT,
                "--license-file", license.toString(), "--dest", target.toString()));
        switch (type) {
            case "msi", "exe" -> cmd.addAll(List.of("--win-per-user-install", "--win-menu", "--win-menu-group", "Invite Ledger",
                    "--win-shortcut", "--win-dir-chooser", "--win-upgrade-uuid", "6f1c2a57-3f0e-4c8e-9a55-1d6f6a0e2b41"));
            case "dmg", "pkg" -> cmd.addAll(List.of("--mac-package-identifier", "dev.inviteledger.agent",
                    "--mac-package-name", "Invite Ledger"));
            default -> { }
        }
        Tools.jdk("jpackage", cmd);
    }

    private static Path jdkTool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        if (!Files.isExecutable(tool)) {
            throw new BuildFailure(tool + " is missing: build with a full JDK 17 (apt-get install openjdk-17-jdk)");
        }
        return tool;
    }

    static String currentOs() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            return "windows";
        }
        return name.contains("mac") ? "mac" : "linux";
    }
}
