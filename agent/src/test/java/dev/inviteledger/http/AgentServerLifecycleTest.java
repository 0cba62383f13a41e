package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AgentServerLifecycleTest {

    @Test
    void listensOnLoopbackOnlyAndAnswersHealth() {
        try (TestAgent agent = new TestAgent()) {
            assertThat(agent.server.listeningHost()).isEqualTo("127.0.0.1");
            assertThat(agent.port()).isPositive();
            assertThat(agent.server.baseUrl()).isEqualTo("http://127.0.0.1:" + agent.port() + "/");
            TestAgent.Response health = agent.get("/api/v1/health").send();
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asText()).isEqualTo("ok");
            assertThat(health.json().get("apiVersion").asInt()).isEqualTo(1);
            assertThat(health.json().get("version").asText()).isNotBlank();
            for (InetAddress address : nonLoopbackIpv4Addresses()) {
                assertThat(canConnect(new InetSocketAddress(address, agent.port())))
                        .as("reachable on " + address).isFalse();
            }
        }
    }

    @Test
    void aBusyPortSaysSoClearly() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            AgentServer server = AgentServer.builder(ServerConfig.defaults(taken.getLocalPort())).build();
            assertThatThrownBy(server::start)
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("port " + taken.getLocalPort() + " is in use \u2014 is another invite-ledger running? try --port N");
        }
    }

    @Test
    void stopLetsAnInFlightRequestFinishThenClosesTheLedger() throws Exception {
        TestRoutes routes = new TestRoutes();
        List<String> events = new CopyOnWriteArrayList<>();
        AgentServer server = AgentServer.builder(ServerConfig.defaults(0)).routes(routes)
                .closeOnStop(() -> events.add("first closed"))
                .closeOnStop(() -> events.add("ledger closed")).build().start();
        int port = server.port();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/test/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(routes.slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        awaitRefused(port);
        assertThat(stopping).isNotDone();
        assertThat(events).isEmpty();

        // recorded on the server's thread: the client may only see the response after the stop went on
        routes.slowAnswered = () -> events.add("answered");
        routes.slowRelease.countDown();
        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode() + " " + response.body()).isEqualTo("200 finished");
        stopping.get(20, TimeUnit.SECONDS);
        assertThat(events).containsExactly("answered", "ledger closed", "first closed");

        server.stop();
        assertThat(events).hasSize(3);
    }

    @Test
    void theShutdownHookStopsTheServer() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        AgentServer server = AgentServer.builder(ServerConfig.defaults(0)).closeOnStop(() -> events.add("closed")).build().start();
        Thread hook = server.installShutdownHook();
        assertThat(Runtime.getRuntime().removeShutdownHook(hook)).isTrue();
        hook.start();
        hook.join(20_000);
        assertThat(events).containsExactly("closed");
        assertThat(canConnect(new InetSocketAddress("127.0.0.1", server.port()))).isFalse();
        server.awaitStop();
    }

    private static void awaitRefused(int port) throws InterruptedException {
        for (int i = 0; i < 200 && canConnect(new InetSocketAddress("127.0.0.1", port)); i++) {
            Thread.sleep(50);
        }
        assertThat(canConnect(new InetSocketAddress("127.0.0.1", port))).as("stopped accepting").isFalse();
    }

    private static boolean canConnect(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) Duration.ofSeconds(2).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<InetAddress> nonLoopbackIpv4Addresses() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
