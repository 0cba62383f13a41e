package dev.inviteledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.inviteledger.http.AgentServer;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URLEncoder;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run for the class-data-sharing (AppCDS) archive: does, in one JVM, what a user's processes
 * do — {@code token}, {@code serve} until {@code /api/v1/health} answers, one capture posted to
 * {@code /api/v1/captures?view=overlay} as the extension posts it (text/html), and a {@code replay --json} (the whole report) — so the classes of the
 * CLI, the HTTP server, the parser, the ledger, the policy and the report are all in the class list.
 *
 * <p>The build runs it with {@code -XX:DumpLoadedClassList} after the shade plugin has made the jar, then dumps
 * the archive from that list (agent/pom.xml; the installer does the same with its own runtime). Everything
 * happens in a temporary directory on 127.0.0.1 with invented people; every wait is bounded, so a broken
 * agent fails the build instead of hanging it. Not a user command: {@code java -cp invite-ledger.jar
 * dev.inviteledger.cli.StartupTraining}.
 */
public final class StartupTraining {
    private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(60);
    private static final int HTTP_TIMEOUT_MS = 30_000;
    private static final int ROWS = 60;
    private static final int PORT_ATTEMPTS = 3;

    private StartupTraining() {}

    public static void main(String[] args) {
        int status;
        try {
            train();
            status = 0;
        } catch (Exception e) {
            System.err.println("startup training failed: " + e);
            status = 1;
        }
        // the JVM completes the class list at exit
        System.exit(status);
    }

    static void train() throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("invite-ledger-training");
        try {
            Path data = Files.createDirectory(work.resolve("data"));
            String token = run("token", "--data-dir", data.toString(), "--label", "startup-training").strip();
            if (token.isEmpty()) {
                throw new IllegalStateException("token printed nothing");
            }
            Serving serving = serve(data);
            String page = SyntheticSentPage.render(invitations(), ROWS, false);
            Instant capturedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
            String answer;
            try {
                answer = postCapture(serving.port, token, page, capturedAt);
            } finally {
                serving.stop();
            }
            if (!answer.contains("\"rowsSeen\":" + ROWS)) {
                throw new IllegalStateException("the capture answer does not cover " + ROWS + " rows: "
                        + answer.substring(0, Math.min(300, answer.length())));
            }
            Path file = work.resolve("sent.html");
            Files.writeString(file, page, StandardCharsets.UTF_8);
            String report = run("replay", file.toString(), "--captured-at", capturedAt.toString(), "--json");
            if (!report.contains("\"rowsSeen\"")) {
                throw new IllegalStateException("replay printed no report");
            }
        } finally {
            deleteQuietly(work);
        }
    }

    /** Runs one subcommand in this JVM and returns what it printed; a non-zero exit is a failure. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }

    /** {@code serve}'s own command and wiring, keeping hold of the server so the training can stop it. */
    private static final class Serving implements AgentWiring {
        private final DefaultWiring wiring = new DefaultWiring();
        private volatile AgentServer server;
        private Thread thread;
        private int port;

        @Override
        public AgentServer assemble(ServerConfig config, Path dataDir, ObjectNode policyOverrides) {
            server = wiring.assemble(config, dataDir, policyOverrides);
            return server;
        }

        @Override
        public Optional<OpenTokenStore> openTokenStore(Path dataDir) {
            return wiring.openTokenStore(dataDir);
        }

        /** Stops the server gracefully (as SIGTERM does) and waits for {@code serve} to return. */
        void stop() throws InterruptedException {
            AgentServer running = server;
            if (running != null) {
                running.stop();
            }
            thread.join(HEALTHY_WITHIN.toMillis());
        }
    }

    /** Starts {@code serve} on a free port in a background thread and returns once it is healthy. */
    private static Serving serve(Path data) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Serving serving = new Serving();
            serving.port = freePort();
            StringWriter err = new StringWriter();
            int[] exit = {-1};
            CommandLine serve = new CommandLine(new ServeCommand(serving))
                    .setOut(new PrintWriter(Writer.nullWriter())).setErr(new PrintWriter(err));
            serving.thread = new Thread(() -> exit[0] = serve.execute("--port", String.valueOf(serving.port),
                    "--data-dir", data.toString()), "startup-training-serve");
            serving.thread.setDaemon(true);
            serving.thread.start();
            long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
            while (System.nanoTime() < deadline && serving.thread.isAlive()) {
                if (healthy(serving.port)) {
                    return serving;
                }
                Thread.sleep(20);
            }
            serving.thread.join(1000);
            // another program may have taken the port between the probe and the bind: try a new one
            if (serving.thread.isAlive() || attempt == PORT_ATTEMPTS) {
                serving.stop();
                throw new IllegalStateException("serve was not healthy within " + HEALTHY_WITHIN.toSeconds()
                        + " s (exit " + exit[0] + "): " + err);
            }
        }
    }

    private static boolean healthy(int port) {
        try {
            HttpURLConnection c = open(port, "/api/v1/health");
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** POST /api/v1/captures exactly as the extension sends it: the page as text/html, the rest in the query. */
    private static String postCapture(int port, String token, String html, Instant capturedAt) throws IOException {
        String query = "view=overlay&complete=true&url="
                + URLEncoder.encode("https://www.linkedin.com/mynetwork/invitation-manager/sent/", StandardCharsets.UTF_8)
                + "&capturedAt=" + URLEncoder.encode(capturedAt.toString(), StandardCharsets.UTF_8);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        HttpURLConnection c = open(port, "/api/v1/captures?" + query);
        try {
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(bytes.length);
            c.setRequestProperty("Content-Type", "text/html; charset=utf-8");
            c.setRequestProperty("X-Invite-Ledger-Api", "1");
            c.setRequestProperty("Authorization", "Bearer " + token);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
            int code = c.getResponseCode();
            try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
                String answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (code != 200) {
                    throw new IllegalStateException("POST /api/v1/captures answered " + code + ": " + answer);
                }
                return answer;
            }
        } finally {
            c.disconnect();
        }
    }

    private static HttpURLConnection open(int port, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
        c.setConnectTimeout(HTTP_TIMEOUT_MS);
        c.setReadTimeout(HTTP_TIMEOUT_MS);
        return c;
    }

    /** Invented people, mixed ages, every third with a note: enough to exercise every parser path. */
    static List<SyntheticInvitation> invitations() {
        List<SyntheticInvitation> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            int age = i < 10 ? i : i * 7;
            String note = i % 3 == 0 ? "Hello, we met at the training meetup " + i + "." : null;
            rows.add(new SyntheticInvitation("Training Person " + i, "training-person-" + i,
                    "Invented role " + i + " at Example Org", age, note));
        }
        rows.sort(Comparator.comparingInt(SyntheticInvitation::ageDays));
        return rows;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
