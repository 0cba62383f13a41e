package dev.inviteledger.installer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A launcher's {@code serve}, started for a test and stopped with SIGTERM. */
final class Agent implements AutoCloseable {
    /** Generous on purpose: a deadline that catches "never starts", not a speed test (speed is printed). */
    static final Duration DEADLINE = Duration.ofSeconds(30);

    final int port;
    final Process process;
    final long startedNanos;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Agent(int port, Process process, long startedNanos) {
        this.port = port;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    static Agent start(Path launcher, Path dataDir, Path log) throws IOException {
        return start(launcher, dataDir, log, java.util.Map.of());
    }

    static Agent start(Path launcher, Path dataDir, Path log, java.util.Map<String, String> env) throws IOException {
        int port = freePort();
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "serve", "--port", String.valueOf(port),
                "--data-dir", dataDir.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        return new Agent(port, process, started);
    }

    /** Polls /api/v1/health; returns the body of the first 200 and the time since launch. */
    Healthy awaitHealthy() throws InterruptedException {
        long deadline = startedNanos + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("serve exited with " + process.exitValue() + " before it was healthy");
            }
            Optional<String> body = health();
            if (body.isPresent()) {
                return new Healthy(body.get(), Duration.ofNanos(System.nanoTime() - startedNanos));
            }
            Thread.sleep(10);
        }
        throw new AssertionError("serve was not healthy within " + DEADLINE.toSeconds() + " s");
    }

    record Healthy(String body, Duration after) {}

    Optional<String> health() throws InterruptedException {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not stop within 30 s of SIGTERM");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
