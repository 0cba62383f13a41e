package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while ingesting: the file must open, pass integrity_check and hold every capture the child
 * acknowledged (printed after its merge returned) before it died.
 */
class DurabilityTest {
    private static final Pattern ACK = Pattern.compile("^ack (\\d+) ok$");

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCaptureSurvivesAKillMinus9() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow(() -> new AssertionError("cannot find java"));
        Path err = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityChild.class.getName(), dir.resolve("data").toString())
                .redirectError(err.toFile()).start();
        List<Long> acked = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = ACK.matcher(line); // a line cut by the kill does not match and is not counted
                    if (m.matches()) {
                        acked.add(Long.parseLong(m.group(1)));
                    }
                }
            } catch (java.io.IOException ignored) {
                // the pipe breaks when the child dies
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acked.size() < 25 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("child still ingesting; stderr: %s", Files.readString(err)).isTrue();
        child.destroyForcibly(); // SIGKILL on Linux and macOS
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(25);

        try (Ledger ledger = Ledger.open(dir.resolve("data"))) {
            assertThat(ledger.integrityCheck()).isEqualTo("ok");
            Set<Long> stored = ledger.history("default").captures().stream().map(CaptureRecord::id).collect(Collectors.toSet());
            assertThat(stored).containsAll(acked);
            assertThat(ledger.count("invitations")).isPositive();
        }
    }
}
