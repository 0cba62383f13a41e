package dev.inviteledger.installer;

import dev.inviteledger.installer.Tools.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Class-data sharing (AppCDS) for a fast start: a class list recorded while the app-image's runtime runs the
 * agent's training (serve until healthy, a capture, a replay), and an archive dumped from it. JDK 17 ties an
 * archive to the absolute jar path, so the archive is made where the image will run: here for {@code target/invite-ledger}, by the .deb's postinst for
 * {@code /opt/invite-ledger}. A missing or stale archive only costs start-up time (the launcher runs with
 * {@code -Xshare:auto} and CDS logging off).
 */
final class StartupArchive {
    static final String CLASS_LIST = "invite-ledger.classlist";
    static final String ARCHIVE = "invite-ledger.jsa";
    /** Launcher options: use the archive if it fits, say nothing if it does not. */
    static final List<String> JAVA_OPTIONS = List.of("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE, "-Xshare:auto", "-Xlog:cds*=off");
    /** The agent's training run (dev.inviteledger.cli.StartupTraining; it bounds each of its own waits too). */
    static final String TRAINING_CLASS = "dev.inviteledger.cli.StartupTraining";
    private static final Duration TRAINING_WITHIN = Duration.ofSeconds(180);

    private StartupArchive() {}

    /**
     * The training run: the image's own runtime, jar and launcher options run the agent's
     * {@code dev.inviteledger.cli.StartupTraining} ({@code token}, {@code serve} until healthy, one capture over
     * HTTP, a {@code replay}; 127.0.0.1, a temporary directory) with {@code -XX:DumpLoadedClassList}; the list
     * is stored in {@code lib/app/} for the archive dump here and in the .deb's postinst.
     */
    static void recordClassList(Path image, Path work, List<String> launcherOptions) throws IOException {
        Path list = work.resolve(CLASS_LIST);
        Files.deleteIfExists(list);
        Path app = image.resolve("lib/app");
        List<String> argv = new java.util.ArrayList<>();
        argv.add(image.resolve("lib/runtime/bin/java").toString());
        argv.add("-XX:DumpLoadedClassList=" + list);
        for (String option : launcherOptions) {
            argv.add(option.replace("$APPDIR", app.toString()));
        }
        argv.addAll(List.of("-cp", app.resolve(BuildImages.NAME + ".jar").toString(), TRAINING_CLASS));
        Tools.log("$ " + String.join(" ", argv));
        Path log = work.resolve("training.log");
        Process training = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!training.waitFor(TRAINING_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                training.destroyForcibly();
                throw new BuildFailure("the start-up training run did not finish within " + TRAINING_WITHIN.toSeconds()
                        + " s:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            training.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BuildFailure("interrupted");
        }
        if (training.exitValue() != 0) {
            throw new BuildFailure("the start-up training run failed (" + training.exitValue() + "):\n" + Files.readString(log));
        }
        long classes;
        try (var lines = Files.lines(list)) {
            classes = lines.filter(l -> !l.startsWith("#") && !l.isBlank()).count();
        }
        if (classes < 500) {
            throw new BuildFailure("the class list from the training run has only " + classes + " classes: " + list);
        }
        Files.copy(list, app.resolve(CLASS_LIST), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Tools.log("class list: " + classes + " classes loaded by token, serve until healthy, a capture and a replay");
    }

    /** Dumps {@code lib/app/invite-ledger.jsa} for the image at its current path (same command as postinst). */
    static void dump(Path image, Path work) {
        Path app = image.resolve("lib/app");
        Tools.run(List.of(image.resolve("lib/runtime/bin/java").toString(), "-Xshare:dump", "-XX:+UseSerialGC",
                "-XX:SharedClassListFile=" + app.resolve(CLASS_LIST), "-XX:SharedArchiveFile=" + app.resolve(ARCHIVE),
                "-Xlog:cds=error", "-cp", app.resolve(BuildImages.NAME + ".jar").toString()), work);
    }
}
