package dev.inviteledger.extension.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real agent jar as a child process: `java -jar invite-ledger.jar serve --port P --data-dir D`. */
final class AgentProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private Process process;

    AgentProcess(Path jar, Path dataDir, Path log) throws IOException {
        this.jar = jar;
        this.dataDir = dataDir;
        this.log = log;
        this.port = freePort();
    }

    int port() {
        return port;
    }

    /** Starts the agent and waits until GET /api/v1/health answers. */
    void start() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "serve",
                        "--port", String.valueOf(port), "--data-dir", dataDir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        AgentApi api = new AgentApi(port);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("The agent exited with code " + process.exitValue() + " before answering; its log:\n" + logTail());
            }
            if (api.healthy()) {
                return;
            }
            Thread.sleep(200);
        }
        fail("The agent did not answer GET /api/v1/health on port " + port + " within " + START_TIMEOUT + "; its log:\n" + logTail());
    }

    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    /** The one-time sign-in link to the status pages that `serve` prints, as a user would copy it. */
    String loginLink() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(http://127\\.0\\.0\\.1:" + port + "/\\S*login\\S*)").matcher(lines.get(i));
                if (m.find()) {
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("The agent printed no login link; its log:\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
