package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's load test: 8 clients post 200 captures each, at once, over real HTTP into a real ledger file.
 * Every capture is a realistic Sent page (50–150 rows, {@link SyntheticSentPage}) of an account whose list
 * evolves six hours per capture: people are invited, accept or vanish, and everyone ages.
 * <ul>
 *   <li>every acknowledged capture (200) is stored: the captures table counts exactly as many;</li>
 *   <li>no client ever sees a 5xx, a transport error or SQLITE_BUSY;</li>
 *   <li>p50/p99 latency is printed, not asserted (speed is for benchmarks).</li>
 * </ul>
 */
class CaptureLoadTest {
    static final int CLIENTS = 8;
    static final int CAPTURES_PER_CLIENT = 200;
    /** A heavy user: four captures a day, so 200 captures span 50 days of one account's list. */
    static final Duration STEP = Duration.ofHours(6);

    @TempDir
    Path dataDir;

    @Test
    void eightClientsPostTwoHundredCapturesEachAndEveryAcknowledgedOneIsStored() throws Exception {
        try (LedgerAgent agent = new LedgerAgent(dataDir)) {
            Instant start = agent.now().minus(STEP.multipliedBy(CAPTURES_PER_CLIENT + 1));
            ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger acknowledged = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    EvolvingAccount account = new EvolvingAccount(client, new Random(5_000L + client), start);
                    go.await();
                    for (int i = 0; i < CAPTURES_PER_CLIENT; i++) {
                        Instant at = start.plus(STEP.multipliedBy(i));
                        String body = LedgerAgent.captureJson(account.pageAt(at), at, account.name);
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + agent.http.port()
                                        + "/api/v1/captures"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json").header(WriteGuard.API_HEADER, "1")
                                .header("Authorization", "Bearer " + agent.token)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            latenciesNanos.add(System.nanoTime() - t0);
                            if (response.statusCode() == 200) {
                                acknowledged.incrementAndGet();
                            } else {
                                failures.add("client " + client + " capture " + i + ": " + response.statusCode() + " " + response.body());
                            }
                            if (response.body().toUpperCase(Locale.ROOT).contains("SQLITE_BUSY")) {
                                failures.add("client " + client + " capture " + i + " saw SQLITE_BUSY");
                            }
                        } catch (Exception e) {
                            failures.add("client " + client + " capture " + i + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            go.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            pool.shutdown();

            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "CaptureLoadTest: %d clients x %d captures (50-150 rows): %d acknowledged in %.1f s"
                            + " (%.0f captures/s); latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    CLIENTS, CAPTURES_PER_CLIENT, acknowledged.get(), seconds, acknowledged.get() / seconds,
                    percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0));

            assertThat(failures).as("no 5xx, no transport error, no SQLITE_BUSY").isEmpty();
            assertThat(acknowledged).hasValue(CLIENTS * CAPTURES_PER_CLIENT);
            assertThat(agent.ledger.count("captures")).as("every acknowledged capture is stored").isEqualTo(acknowledged.get());
            assertThat(agent.ledger.accounts()).hasSize(CLIENTS);
            assertThat(agent.ledger.integrityCheck()).isEqualTo("ok");
        }
    }

    private static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }

    /**
     * One account's Sent list over time: between captures a few people are invited, some of the older ones accept or
     * are withdrawn (they vanish from the page); the list stays between 50 and 150 rows.
     */
    static final class EvolvingAccount {
        final String name;
        private final Random random;
        private final List<Pending> pending = new ArrayList<>();
        private int nextPerson;

        record Pending(String name, String slug, String headline, Instant sentAt, String note) {}

        EvolvingAccount(int client, Random random, Instant start) {
            this.name = "load-" + client + "@example.com";
            this.random = random;
            int initial = 50 + random.nextInt(100);
            for (int i = 0; i < initial; i++) {
                pending.add(invite(start.minus(Duration.ofHours(random.nextInt(24 * 90)))));
            }
        }

        private Pending invite(Instant sentAt) {
            int n = nextPerson++;
            String person = "Person " + name.charAt(5) + "-" + n;
            return new Pending(person, "person-" + name.charAt(5) + "-" + n, "Invented role " + (n % 17),
                    sentAt, random.nextInt(3) == 0 ? "Hello " + person + "!" : null);
        }

        /** The page as it looked at {@code at}: some change since the last capture, then every pending invitation. */
        String pageAt(Instant at) {
            int invites = random.nextInt(4);
            for (int i = 0; i < invites && pending.size() < 150; i++) {
                pending.add(invite(at.minus(Duration.ofMinutes(random.nextInt(360)))));
            }
            int vanish = random.nextInt(4);
            for (int i = 0; i < vanish && pending.size() > 50; i++) {
                pending.remove(random.nextInt(pending.size()));
            }
            List<SyntheticInvitation> rows = new ArrayList<>(pending.size());
            for (int i = pending.size() - 1; i >= 0; i--) {
                Pending p = pending.get(i);
                int ageDays = (int) Duration.between(p.sentAt(), at).toDays();
                rows.add(new SyntheticInvitation(p.name(), p.slug(), p.headline(), Math.max(0, ageDays), p.note()));
            }
            return SyntheticSentPage.render(rows, rows.size(), false);
        }
    }
}
