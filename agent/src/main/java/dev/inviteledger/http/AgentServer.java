package dev.inviteledger.http;

import dev.inviteledger.config.AppInfo;
import dev.inviteledger.config.Json;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.util.ConcurrencyUtil;
import io.javalin.util.JavalinBindException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's HTTP server: Javalin on 127.0.0.1 only, every request through the guards, routes from
 * {@link RouteModule}s. Everything it uses is passed in, so tests start the real thing on port 0 with
 * in-memory stores.
 *
 * <p>Request pipeline (Javalin before-handlers run for every request, matched or not, static files too):
 * {@link SecurityHeaders} → {@link HostGuard} → {@link OriginGuard} (CORS, preflight) → {@link BodyLimit}
 * → {@link WriteGuard}; then, once a route matched, {@link TokenGuard}; then the handler. A rejected
 * request never reaches a handler, so nothing is stored from it.
 */
public final class AgentServer {
    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);
    static final int MIN_THREADS = 2;
    static final int MAX_THREADS = 16;
    /**
     * Jetty pads some arrays to the CPU cache line and, unless told the number of references per line, asks the
     * platform MBean server whether oops are compressed: that starts JMX (about 150 classes, 50-80 ms of the
     * agent's start-up CPU) for nothing else. 16 = a 64-byte line of 4-byte compressed references, what the JVM
     * uses for any heap under 32 GB; a wrong guess would only cost padding, never correctness.
     */
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    static {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
    }

    private final ServerConfig config;
    private final TokenStore tokenStore;
    private final Sessions sessions;
    private final LoginLinks loginLinks;
    private final TokenIssuer tokenIssuer;
    private final PairingService pairing;
    private final List<AutoCloseable> closeables;
    private final AgentAddress address;
    private final Javalin app;
    private final List<Routes.Route> declaredRoutes;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile int boundPort;

    /**
     * @param tokenStore   where API token hashes live (the ledger's table in production)
     * @param routeModules the ledger-backed routes; health, pairing, tokens, session and OpenAPI are built in
     * @param closeables   closed, in reverse order, after the server has stopped (the ledger)
     */
    public AgentServer(ServerConfig config, TokenStore tokenStore, Clock systemClock, List<RouteModule> routeModules,
                       List<AutoCloseable> closeables) {
        // Whole seconds: instants on the wire read like "2026-11-22T10:05:00Z".
        Clock clock = Clock.tick(systemClock, Duration.ofSeconds(1));
        this.config = config;
        this.tokenStore = tokenStore;
        this.closeables = List.copyOf(closeables);
        this.boundPort = config.port();
        this.address = new AgentAddress(() -> boundPort);
        this.sessions = new Sessions(clock, Sessions.DEFAULT_LIFETIME);
        this.loginLinks = new LoginLinks(clock, address);
        this.tokenIssuer = new TokenIssuer(tokenStore, clock);
        this.pairing = new PairingService(tokenIssuer, clock);

        Routes routes = new Routes(new AgentServices(pairing, tokenStore, sessions, clock));
        List<RouteModule> modules = new ArrayList<>(List.of(new HealthRoutes(), new OpenApiRoutes(),
                new PairingRoutes(pairing), new TokenRoutes(tokenStore, clock), new SessionRoutes(sessions, loginLinks)));
        modules.addAll(routeModules);
        modules.forEach(module -> module.register(routes));
        this.declaredRoutes = routes.routes();

        BodyLimit bodyLimit = new BodyLimit(config.maxBodyBytes());
        WriteGuard writeGuard = new WriteGuard(AppInfo.API_VERSION, routes.otherBodyTypes(), routes.formRoutes());
        TokenGuard tokenGuard = new TokenGuard(tokenStore, sessions, clock);
        this.app = Javalin.create(javalin -> {
            configureServer(javalin, bodyLimit);
            javalin.routes.before(new SecurityHeaders());
            javalin.routes.before(new HostGuard(address));
            javalin.routes.before(new OriginGuard(address, config.allowedExtensionIds()));
            javalin.routes.before(bodyLimit);
            javalin.routes.before(writeGuard);
            javalin.routes.beforeMatched(tokenGuard);
            ErrorResponses.register(javalin.routes, config.maxBodyBytes(), routes.htmlErrorPage());
            for (Routes.Route route : routes.routes()) {
                javalin.routes.addHttpHandler(route.method(), route.path(), route.handler(), route.access());
            }
            // public GET routes rather than Javalin's static-file handler, which indexes the whole jar at start
            for (Routes.StaticFiles files : routes.staticFiles()) {
                javalin.routes.addHttpHandler(HandlerType.GET, ClasspathAssets.routePath(files.hostedPath()),
                        new ClasspathAssets(files.classpathDirectory()), Access.PUBLIC);
            }
        });
    }

    public static Builder builder(ServerConfig config) {
        return new Builder(config);
    }

    private void configureServer(JavalinConfig javalin, BodyLimit bodyLimit) {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        javalin.startup.startupWatcherEnabled = false;
        // Javalin's default host is every interface; the agent must only ever be reachable from this machine.
        javalin.jetty.host = AgentAddress.LOOPBACK;
        javalin.jetty.port = config.port();
        // Virtual threads on Java 21+; on Java 17 Javalin finds no Loom and keeps its platform thread pool.
        javalin.concurrency.useVirtualThreads = true;
        // One user's browser and extension on this machine: a few requests at a time. Javalin's default pool
        // (8 to 250 threads) starts 8 threads before the first request; these start 2 and grow on demand.
        javalin.jetty.threadPool = ConcurrencyUtil.jettyThreadPool("JettyServerThreadPool", MIN_THREADS, MAX_THREADS, true);
        javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
        // A wrong method on a known path says so (405) instead of "not found".
        javalin.http.prefer405over404 = true;
        // Every byte travels over loopback: gzip (Javalin's default) would cost ~10 ms of CPU for a capture's answer
        // and save nothing the user can feel.
        javalin.http.compressionStrategy = CompressionStrategy.NONE;
        bodyLimit.configure(javalin);
        javalin.jetty.modifyServer(server -> {
            // On stop, stop accepting, let in-flight requests finish (up to the timeout), then close.
            server.setStopTimeout(config.stopTimeout().toMillis());
            GracefulHandler graceful = new GracefulHandler();
            // Idle keep-alive connections carry no request: close them at once instead of after a second.
            graceful.setShutdownIdleTimeout(100);
            server.insertHandler(graceful);
            server.setErrorHandler(new JettyErrorHandler(config.maxBodyBytes()));
        });
    }

    /**
     * Binds 127.0.0.1 and starts serving.
     *
     * @throws PortInUseException    when the port is taken
     * @throws IllegalStateException when the port cannot be bound for another reason (e.g. privileges)
     */
    public AgentServer start() {
        try {
            app.start();
        } catch (JavalinBindException e) {
            if (e.getMessage() != null && e.getMessage().contains("already in use")) {
                throw new PortInUseException(config.port(), e);
            }
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + config.port() + ": " + e.getMessage(), e);
        }
        boundPort = app.port();
        return this;
    }

    /** The bound port (the requested one, or the one picked for port 0). */
    public int port() {
        return boundPort;
    }

    public String baseUrl() {
        return address.baseUrl();
    }

    public AgentAddress address() {
        return address;
    }

    /**
     * Stops accepting, lets in-flight requests finish (up to the stop timeout), then closes the injected
     * closeables. Safe to call more than once and from a shutdown hook.
     */
    public void stop() {
        if (!stopRequested.compareAndSet(false, true)) {
            awaitStopQuietly();
            return;
        }
        try {
            app.stop();
        } catch (RuntimeException e) {
            LOG.error("The HTTP server did not stop cleanly", e);
        } finally {
            closeAll();
            stopped.countDown();
        }
    }

    /** Blocks until {@link #stop()} has finished (the {@code serve} command waits here). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server on SIGTERM / Ctrl-C. */
    public Thread installShutdownHook() {
        Thread hook = new Thread(this::stop, "invite-ledger-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    public PairingService pairing() {
        return pairing;
    }

    public Sessions sessions() {
        return sessions;
    }

    public LoginLinks loginLinks() {
        return loginLinks;
    }

    public TokenIssuer tokenIssuer() {
        return tokenIssuer;
    }

    public TokenStore tokenStore() {
        return tokenStore;
    }

    /** Every route the modules declared, built-ins first (the OpenAPI test checks each is documented). */
    List<Routes.Route> declaredRoutes() {
        return declaredRoutes;
    }

    /** The interface Jetty listens on: always 127.0.0.1. */
    String listeningHost() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getHost();
    }

    private void closeAll() {
        List<AutoCloseable> reversed = new ArrayList<>(closeables);
        Collections.reverse(reversed);
        for (AutoCloseable closeable : reversed) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.error("Failed to close {}", closeable, e);
            }
        }
    }

    private void awaitStopQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Named arguments for the constructor. */
    public static final class Builder {
        private final ServerConfig config;
        private TokenStore tokenStore = new InMemoryTokenStore();
        private Clock clock = Clock.systemUTC();
        private final List<RouteModule> routeModules = new ArrayList<>();
        private final List<AutoCloseable> closeables = new ArrayList<>();

        private Builder(ServerConfig config) {
            this.config = config;
        }

        public Builder tokenStore(TokenStore store) {
            this.tokenStore = store;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder routes(RouteModule... modules) {
            routeModules.addAll(List.of(modules));
            return this;
        }

        /** Closed after the server stops, last added first (add the ledger). */
        public Builder closeOnStop(AutoCloseable closeable) {
            closeables.add(closeable);
            return this;
        }

        public AgentServer build() {
            return new AgentServer(config, tokenStore, clock, routeModules, closeables);
        }
    }
}
