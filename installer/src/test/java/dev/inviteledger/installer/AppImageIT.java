package dev.inviteledger.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app-image under target/invite-ledger: layout, runtime, budget, and a real serve answering /health. */
class AppImageIT {
    private final Path image = Artifacts.appImage();
    private final Path launcher = image.resolve("bin/invite-ledger");

    @Test
    void hasTheLauncherTheTrimmedRuntimeTheJarAndTheExtension() throws IOException {
        assertThat(launcher).isExecutable();
        assertThat(image.resolve("lib/runtime/lib/server/libjvm.so")).isRegularFile();
        assertThat(image.resolve("lib/runtime/include")).doesNotExist();
        assertThat(image.resolve("lib/runtime/man")).doesNotExist();
        assertThat(image.resolve("lib/app/invite-ledger.jar")).isRegularFile();
        assertThat(image.resolve("lib/app/invite-ledger.classlist")).isRegularFile();
        assertThat(image.resolve("lib/app/invite-ledger.jsa")).isRegularFile();
        Path extension = image.resolve("lib/app/extension");
        assertThat(extension.resolve("invite-ledger-extension-" + Artifacts.version() + ".zip")).isRegularFile();
        assertThat(Files.readString(extension.resolve("README-extension.txt"))).contains("chrome://extensions", "Load unpacked");
    }

    @Test
    void theRuntimeHoldsTheListedModulesAndTheirDependenciesOnly() throws IOException {
        String release = Files.readString(image.resolve("lib/runtime/release"));
        String modulesLine = release.lines().filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
        Set<String> modules = new TreeSet<>(Arrays.asList(modulesLine.substring("MODULES=".length()).replace("\"", "").split(" ")));
        JlinkModules list = JlinkModules.read(Artifacts.moduleList());
        System.out.println("[installer-it] runtime modules (listed + what they require): " + modules);

        assertThat(modules).containsAll(list.bundled()).doesNotContainAnyElementsOf(list.leftOut());
    }

    @Test
    void theJarKeepsOnlyTheSqliteNativeForThisPlatform() throws IOException {
        try (ZipFile jar = new ZipFile(image.resolve("lib/app/invite-ledger.jar").toFile())) {
            List<String> natives = jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(NativeTrim.NATIVE_ROOT) && !n.endsWith("/")).toList();
            assertThat(natives).hasSize(1);
            assertThat(natives.get(0)).startsWith(NativeTrim.NATIVE_ROOT + "Linux/");
        }
    }

    @Test
    void sqliteLoadsItsLibraryFromTheImageNotFromTheTempDirectory(@TempDir Path tmp) throws Exception {
        assertThat(image.resolve("lib/app/native/Linux")).isDirectory();
        assertThat(Files.readString(image.resolve("lib/app/invite-ledger.cfg"))).contains("-Dorg.sqlite.lib.path=$APPDIR/native/Linux/");
        Path temp = Files.createDirectories(tmp.resolve("java-tmp"));

        try (Agent agent = Agent.start(launcher, tmp.resolve("data"), tmp.resolve("serve.log"),
                Map.of("_JAVA_OPTIONS", "-Djava.io.tmpdir=" + temp))) {
            agent.awaitHealthy();
            assertThat(tmp.resolve("data/ledger.sqlite")).as("the ledger was opened").exists();
            try (var files = Files.list(temp)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("sqlite")).toList()).isEmpty();
            }
        }
    }

    @Test
    void fitsTheSizeBudget() throws IOException {
        long bytes = Artifacts.sizeOf(image);
        System.out.printf("[installer-it] app-image %s: %.1f MiB (budget 90 MiB)%n", image, bytes / (double) Artifacts.MIB);
        assertThat(bytes).isLessThanOrEqualTo(90 * Artifacts.MIB);
    }

    @Test
    void printsItsVersion() {
        assertThat(Proc.ok(List.of(launcher.toString(), "--version")).out())
                .isEqualTo("invite-ledger " + Artifacts.version() + " (API v1)\n");
    }

    @Test
    void theStartUpArchiveFitsThisImage() {
        // -Xshare:on turns "archive unusable" into a start failure instead of a silent slow start
        Proc.Result result = Proc.run(List.of(launcher.toString(), "--version"), Map.of("_JAVA_OPTIONS", "-Xshare:on"));

        assertThat(result.exit()).as(result.all()).isZero();
    }

    @Test
    void statusPagesAndTheirAssetsRenderWithThisRuntime(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("serve.log");
        try (Agent agent = Agent.start(launcher, Files.createDirectories(tmp.resolve("data")), log)) {
            agent.awaitHealthy();
            String base = "http://127.0.0.1:" + agent.port;
            String loginLink = awaitLine(log, "Status pages: ").replaceFirst("^Status pages: (\\S+).*$", "$1");
            assertThat(loginLink).startsWith(base + "/login?key=");

            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<String> dashboard = get(browser, loginLink);
            assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
            assertThat(dashboard.body()).contains("<html");
            for (String page : List.of("/settings", "/invitations", "/withdrawals")) {
                HttpResponse<String> response = get(browser, base + page);
                assertThat(response.statusCode()).as(page + ": " + response.body()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            }
            // static files come out of the jar: Jetty mounts it with jdk.zipfs
            for (String asset : List.of("/assets/app.css", "/assets/app.js", "/vendor/chartjs/dist/chart.umd.min.js")) {
                HttpResponse<String> response = get(browser, base + asset);
                assertThat(response.statusCode()).as(asset).isEqualTo(200);
                assertThat(response.body()).as(asset).isNotBlank();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first line of the agent's console output that starts with {@code prefix}, once it is written. */
    private static String awaitLine(Path log, String prefix) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve never printed a line starting with '" + prefix + "':\n" + Files.readString(log));
    }

    @Test
    void servesHealthAndDoctorRecognisesIt(@TempDir Path tmp) throws Exception {
        List<Duration> times = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Path data = Files.createDirectories(tmp.resolve("data-" + run));
            try (Agent agent = Agent.start(launcher, data, tmp.resolve("serve-" + run + ".log"))) {
                Agent.Healthy healthy = agent.awaitHealthy();
                times.add(healthy.after());
                assertThat(healthy.body()).contains("\"status\":\"ok\"", "\"version\":\"" + Artifacts.version() + "\"", "\"apiVersion\":1");
                if (run == 0) {
                    Proc.Result doctor = Proc.run(List.of(launcher.toString(), "doctor", "--port", String.valueOf(agent.port),
                            "--data-dir", data.toString()));
                    assertThat(doctor.out()).contains("[ok  ] port:      Invite Ledger " + Artifacts.version() + " answers");
                    assertThat(doctor.out()).contains("bundled extension");
                    assertThat(doctor.out()).doesNotContain("[FAIL]");
                    assertThat(doctor.exit()).as(doctor.all()).isZero();
                }
            }
        }
        List<Long> ms = times.stream().map(Duration::toMillis).sorted().toList();
        System.out.printf("[installer-it] app-image serve healthy after %s ms (median %d ms; budget 1500 ms)%n", ms, ms.get(1));
    }
}
