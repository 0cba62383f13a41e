package dev.inviteledger.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortCheckTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A real HTTP server on a free loopback port answering /api/v1/health with {@code body}. */
    private int serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/health", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server.getAddress().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aFreePortMeansTheAgentIsNotRunning() throws IOException {
        int port = freePort();

        CheckResult result = new PortCheck(port, "1.0.0").run();

        assertThat(result.level()).isEqualTo(Level.WARN);
        assertThat(result.detail()).contains("not running");
        assertThat(result.action()).contains("invite-ledger serve --port " + port);
    }

    @Test
    void ourAgentWithTheSameVersionIsOk() throws IOException {
        int port = serve(200, "{\"status\":\"ok\",\"version\":\"1.0.0\",\"apiVersion\":1}");

        CheckResult result = new PortCheck(port, "1.0.0").run();

        assertThat(result.level()).isEqualTo(Level.OK);
        assertThat(result.detail()).contains("Invite Ledger 1.0.0 answers on 127.0.0.1:" + port);
    }

    @Test
    void ourAgentInAnotherVersionIsAWarning() throws IOException {
        int port = serve(200, "{\"status\":\"ok\",\"version\":\"0.9.0\",\"apiVersion\":1}");

        CheckResult result = new PortCheck(port, "1.0.0").run();

        assertThat(result.level()).isEqualTo(Level.WARN);
        assertThat(result.detail()).contains("0.9.0").contains("1.0.0");
    }

    @Test
    void anAgentSpeakingAnotherApiNeedsAction() throws IOException {
        int port = serve(200, "{\"status\":\"ok\",\"version\":\"2.0.0\",\"apiVersion\":2}");

        assertThat(new PortCheck(port, "1.0.0").run().level()).isEqualTo(Level.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>hello</html>", "{\"status\":\"ok\"}", "[]", "{\"status\":\"up\",\"version\":\"1\",\"apiVersion\":1}"})
    void anyOtherProgramOnThePortNeedsAction(String body) throws IOException {
        int port = serve(200, body);

        CheckResult result = new PortCheck(port, "1.0.0").run();

        assertThat(result.level()).isEqualTo(Level.FAIL);
        assertThat(result.detail()).contains("another program");
    }

    @Test
    void aNon200HealthIsNotOurs() throws IOException {
        int port = serve(404, "{\"status\":\"ok\",\"version\":\"1.0.0\",\"apiVersion\":1}");

        assertThat(new PortCheck(port, "1.0.0").run().level()).isEqualTo(Level.FAIL);
    }

    @Test
    void aListenerThatNeverSpeaksHttpIsAnotherProgram() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CheckResult result = new PortCheck(silent.getLocalPort(), "1.0.0").run();

            assertThat(result.level()).isEqualTo(Level.FAIL);
        }
    }

    @Test
    void aPortThatCannotBeBoundButHasNoListenerIsReportedAsUnusable() throws IOException {
        // a client socket bound to the port but not listening: binding fails, connecting is refused
        try (java.net.Socket bound = new java.net.Socket()) {
            bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            CheckResult result = new PortCheck(bound.getLocalPort(), "1.0.0").run();

            assertThat(result.level()).isEqualTo(Level.FAIL);
            assertThat(result.detail()).contains("cannot be used");
        }
    }
}
