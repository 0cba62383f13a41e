package dev.inviteledger.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How route modules declare routes: every route names its {@link Access}, and the few that take a body
 * other than JSON say so here, which is where {@link WriteGuard} learns its exceptions. Collected first,
 * then handed to Javalin by {@link AgentServer}.
 */
public final class Routes {

    /** One declared route. */
    public record Route(HandlerType method, String path, Access access, Handler handler) {}

    /** A classpath directory served as static files under a URL path. */
    public record StaticFiles(String classpathDirectory, String hostedPath) {}

    private final List<Route> routes = new ArrayList<>();
    private final Map<WriteGuard.RouteKey, String> otherBodyTypes = new LinkedHashMap<>();
    private final Set<WriteGuard.RouteKey> formRoutes = new LinkedHashSet<>();
    private final List<StaticFiles> staticFiles = new ArrayList<>();
    private final AgentServices services;
    private HtmlErrorPage htmlErrorPage;

    /** Routes without server services (tests of modules that need none). */
    public Routes() {
        this(null);
    }

    /** Routes of a server: modules that act on pairing, tokens or sessions find them in {@link #services()}. */
    public Routes(AgentServices services) {
        this.services = services;
    }

    /** The server's pairing, token and session services, for modules such as the status pages. */
    public AgentServices services() {
        if (services == null) {
            throw new IllegalStateException("these routes belong to no server");
        }
        return services;
    }

    public Routes get(String path, Access access, Handler handler) {
        return add(HandlerType.GET, path, access, handler);
    }

    /** A POST taking JSON (and the API header). */
    public Routes post(String path, Access access, Handler handler) {
        return add(HandlerType.POST, path, access, handler);
    }

    public Routes put(String path, Access access, Handler handler) {
        return add(HandlerType.PUT, path, access, handler);
    }

    public Routes patch(String path, Access access, Handler handler) {
        return add(HandlerType.PATCH, path, access, handler);
    }

    public Routes delete(String path, Access access, Handler handler) {
        return add(HandlerType.DELETE, path, access, handler);
    }

    /** A POST that also accepts multipart/form-data (the data-export upload); the API header is still required. */
    public Routes multipartPost(String path, Access access, Handler handler) {
        return postAlsoTaking(WriteGuard.MULTIPART, path, access, handler);
    }

    /**
     * A POST that also accepts the page itself as {@code text/html} (a capture: no JSON string to escape and
     * decode); the API header is still required, and text/html is no more a "simple" type than JSON.
     */
    public Routes htmlPost(String path, Access access, Handler handler) {
        return postAlsoTaking(WriteGuard.HTML, path, access, handler);
    }

    private Routes postAlsoTaking(String bodyType, String path, Access access, Handler handler) {
        otherBodyTypes.put(new WriteGuard.RouteKey("POST", fixedPath(path)), bodyType);
        return add(HandlerType.POST, path, access, handler);
    }

    /**
     * A status-page form POST (application/x-www-form-urlencoded). Always {@link Access#SESSION}; the form
     * must carry the session's CSRF token in the {@code csrf} field and come from the agent's own origin.
     */
    public Routes formPost(String path, Handler handler) {
        formRoutes.add(new WriteGuard.RouteKey("POST", fixedPath(path)));
        return add(HandlerType.POST, path, Access.SESSION, handler);
    }

    /** Serves a classpath directory (CSS, JS, images) publicly: never put ledger data there. */
    public Routes staticFiles(String classpathDirectory, String hostedPath) {
        staticFiles.add(new StaticFiles(classpathDirectory, hostedPath));
        return this;
    }

    /**
     * How errors look to a person in a browser: requests outside {@code /api/} that accept text/html get this
     * page instead of the JSON error (e.g. "open the status page through a login link" for a missing session).
     * The page must show nothing but the error: rejected requests can come from anyone.
     */
    public Routes htmlErrorPage(HtmlErrorPage page) {
        this.htmlErrorPage = page;
        return this;
    }

    public HtmlErrorPage htmlErrorPage() {
        return htmlErrorPage;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Routes that take one body type besides JSON, and which ({@link #multipartPost}, {@link #htmlPost}). */
    public Map<WriteGuard.RouteKey, String> otherBodyTypes() {
        return Map.copyOf(otherBodyTypes);
    }

    public Set<WriteGuard.RouteKey> formRoutes() {
        return Set.copyOf(formRoutes);
    }

    public List<StaticFiles> staticFiles() {
        return List.copyOf(staticFiles);
    }

    private Routes add(HandlerType method, String path, Access access, Handler handler) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("route paths start with '/': " + path);
        }
        routes.add(new Route(method, path, access, handler));
        return this;
    }

    /** Exceptions are matched by exact path, so they cannot have path parameters. */
    private static String fixedPath(String path) {
        if (path.contains("{") || path.contains("<") || path.contains("*")) {
            throw new IllegalArgumentException("form, multipart and html routes need a fixed path (no parameters): " + path);
        }
        return path;
    }
}
