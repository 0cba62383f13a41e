package dev.inviteledger.http;

import dev.inviteledger.config.AppInfo;
import dev.inviteledger.config.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The real {@link AgentServer} on an ephemeral port with in-memory stores and a settable clock, plus
 * small HTTP helpers: java.net.http for ordinary requests, raw sockets where a header must be absent
 * or a body must not be sent.
 */
final class TestAgent implements AutoCloseable {
    static final String EXTENSION_ORIGIN = "chrome-extension://" + AppInfo.EXTENSION_ID;
    static final String OTHER_EXTENSION_ORIGIN = "chrome-extension://" + "b".repeat(32);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    final TokenStore tokens;
    final AgentServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    TestAgent(RouteModule... extraRoutes) {
        this(ServerConfig.defaults(0), extraRoutes);
    }

    TestAgent(ServerConfig config, RouteModule... extraRoutes) {
        this(config, new InMemoryTokenStore(), clock -> List.of(extraRoutes), List.of());
    }

    /**
     * @param routes     route modules built on the agent's settable clock
     * @param closeables closed after the server stops (a ledger)
     */
    TestAgent(ServerConfig config, TokenStore tokens, java.util.function.Function<java.time.Clock, List<RouteModule>> routes,
              List<AutoCloseable> closeables) {
        this.tokens = tokens;
        AgentServer.Builder builder = AgentServer.builder(config).tokenStore(tokens).clock(clock)
                .routes(routes.apply(clock).toArray(RouteModule[]::new));
        closeables.forEach(builder::closeOnStop);
        server = builder.build().start();
    }

    int port() {
        return server.port();
    }

    String host() {
        return "127.0.0.1:" + port();
    }

    String selfOrigin() {
        return "http://127.0.0.1:" + port();
    }

    Request request(String method, String path) {
        return new Request(method, path);
    }

    Request get(String path) {
        return request("GET", path);
    }

    Request post(String path, String json) {
        return request("POST", path).json(json);
    }

    /** A status-page session opened the way a user opens one: through a login link. */
    SessionCookie login() {
        String url = server.loginLinks().mint(Duration.ofMinutes(5)).url();
        Response response = get(url.substring(url.indexOf("/login"))).send();
        if (response.status() != 200) {
            throw new AssertionError("login failed: " + response);
        }
        String setCookie = response.header("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        Response session = get("/api/v1/session").header("Cookie", cookie).send();
        return new SessionCookie(cookie, session.json().get("csrfToken").asText());
    }

    /** Pairing as the extension and the user do it; returns the token. */
    String pair() {
        Response ticket = post("/api/v1/pairing", "{\"extensionVersion\":\"0.1.0\",\"label\":\"Test browser\"}")
                .origin(EXTENSION_ORIGIN).apiHeader().send();
        if (ticket.status() != 201) {
            throw new AssertionError("pairing request failed: " + ticket);
        }
        server.pairing().approve(ticket.json().get("code").asText());
        Response poll = get("/api/v1/pairing/" + ticket.json().get("pairingId").asText()).origin(EXTENSION_ORIGIN).send();
        return poll.json().get("token").asText();
    }

    /**
     * Sends bytes on a raw socket and reads the response head and body until the server closes or sends
     * a complete response.
     */
    RawResponse raw(String head, byte[] body) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return RawResponse.read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    record SessionCookie(String cookie, String csrfToken) {}

    /** A fluent request; by default Host is the agent's own and there is no Origin. */
    final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Request origin(String origin) {
            return header("Origin", origin);
        }

        Request apiHeader() {
            return header(WriteGuard.API_HEADER, String.valueOf(AppInfo.API_VERSION));
        }

        Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Request session(SessionCookie session) {
            return header("Cookie", session.cookie()).header(Sessions.CSRF_HEADER, session.csrfToken());
        }

        Request json(String json) {
            header("Content-Type", "application/json");
            return body(json.getBytes(StandardCharsets.UTF_8));
        }

        Request body(byte[] bytes) {
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return this;
        }

        Request body(HttpRequest.BodyPublisher publisher) {
            body = publisher;
            return this;
        }

        Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                    .timeout(Duration.ofSeconds(20))
                    .method(method, body);
            headers.forEach(builder::header);
            try {
                HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Response(response.statusCode(), response.headers().map(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response with case-insensitive headers. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        Response {
            Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            h.putAll(headers);
            headers = h;
        }

        Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        List<String> corsHeaders() {
            List<String> names = new ArrayList<>();
            headers.keySet().stream().filter(n -> n.toLowerCase().startsWith("access-control-")).forEach(names::add);
            return names;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        String error() {
            return json().path("error").asText();
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + text();
        }
    }

    /** A response read off a raw socket. */
    record RawResponse(int status, Map<String, List<String>> headers, String body) {
        static RawResponse read(InputStream in) throws IOException {
            byte[] all = readUntilClosedOrComplete(in);
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("no complete response head: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            return new RawResponse(status, headers, text.substring(end + 4));
        }

        /** Reads until EOF, or until the declared Content-Length of the body has arrived. */
        private static byte[] readUntilClosedOrComplete(InputStream in) throws IOException {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) != -1) {
                buffer.write(chunk, 0, n);
                String soFar = buffer.toString(StandardCharsets.ISO_8859_1);
                int end = soFar.indexOf("\r\n\r\n");
                if (end >= 0) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                            .matcher(soFar.substring(0, end));
                    if (m.find() && buffer.size() >= end + 4 + Integer.parseInt(m.group(1))) {
                        break;
                    }
                }
            }
            return buffer.toByteArray();
        }

        Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        boolean hasCorsHeaders() {
            return headers.keySet().stream().anyMatch(n -> n.toLowerCase().startsWith("access-control-"));
        }
    }
}
