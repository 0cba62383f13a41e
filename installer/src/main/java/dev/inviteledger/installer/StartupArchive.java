package dev.inviteledger.installer;

import dev.inviteledger.installer.Tools.BuildFailure;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Class-data sharing (AppCDS) for a fast start: a class list recorded while the app-image's own {@code serve}
 * comes up, and an archive dumped from it. JDK 17 ties an archive to the absolute jar path, so the archive is
 * made where the image will run: here for {@code target/invite-ledger}, by the .deb's postinst for
 * {@code /opt/invite-ledger}. A missing or stale archive only costs start-up time (the launcher runs with
 * {@code -Xshare:auto} and CDS logging off).
 */
final class StartupArchive {
    static final String CLASS_LIST = "invite-ledger.classlist";
    static final String ARCHIVE = "invite-ledger.jsa";
    /** Launcher options: use the archive if it fits, say nothing if it does not. */
    static final List<String> JAVA_OPTIONS = List.of("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE, "-Xshare:auto", "-Xlog:cds*=off");
    private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(60);

    private StartupArchive() {}

    /** Runs the image's {@code serve} until healthy and stores the classes it loaded in {@code lib/app/}. */
    static void recordClassList(Path image, Path work) throws IOException {
        Path list = work.resolve(CLASS_LIST);
        Path data = work.resolve("training-data");
        DebRepack.deleteRecursively(data);
        int port = freePort();
        List<String> argv = List.of(image.resolve("bin").resolve(BuildImages.NAME).toString(), "serve",
                "--port", String.valueOf(port), "--data-dir", data.toString());
        Tools.log("$ JAVA_TOOL_OPTIONS=-XX:DumpLoadedClassList=" + list + " " + String.join(" ", argv));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(work.resolve("training-serve.log").toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + list);
        Process serve = builder.start();
        try {
            awaitHealthy(serve, port, work.resolve("training-serve.log"));
        } finally {
            serve.destroy(); // SIGTERM: the agent stops gracefully and the JVM closes the list
            try {
                if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                    serve.destroyForcibly();
                }
            } catch (InterruptedException e) {
                serve.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        long classes;
        try (var lines = Files.lines(list)) {
            classes = lines.filter(l -> !l.startsWith("#") && !l.isBlank()).count();
        }
        if (classes < 500) {
            throw new BuildFailure("the class list from the training run has only " + classes + " classes: " + list);
        }
        Files.copy(list, image.resolve("lib/app").resolve(CLASS_LIST), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Tools.log("class list: " + classes + " classes loaded by serve until healthy");
    }

    /** Dumps {@code lib/app/invite-ledger.jsa} for the image at its current path (same command as postinst). */
    static void dump(Path image, Path work) {
        Path app = image.resolve("lib/app");
        Tools.run(List.of(image.resolve("lib/runtime/bin/java").toString(), "-Xshare:dump", "-XX:+UseSerialGC",
                "-XX:SharedClassListFile=" + app.resolve(CLASS_LIST), "-XX:SharedArchiveFile=" + app.resolve(ARCHIVE),
                "-Xlog:cds=error", "-cp", app.resolve(BuildImages.NAME + ".jar").toString()), work);
    }

    private static void awaitHealthy(Process serve, int port, Path log) throws IOException {
        long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new BuildFailure("serve exited (" + serve.exitValue() + ") during the training run:\n" + Files.readString(log));
            }
            if (healthy(port)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BuildFailure("interrupted");
            }
        }
        throw new BuildFailure("serve was not healthy within " + HEALTHY_WITHIN.toSeconds() + " s in the training run:\n" + Files.readString(log));
    }

    static boolean healthy(int port) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/api/v1/health").openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
