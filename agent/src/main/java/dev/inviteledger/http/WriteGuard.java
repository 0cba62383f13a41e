package dev.inviteledger.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers CSRF through "simple" requests: a web page can POST a form or {@code text/plain} anywhere
 * without a preflight, but it cannot send {@code application/json} or a custom header cross-origin
 * without one, and the {@link OriginGuard} refuses that preflight. So every state-changing request needs
 * {@code Content-Type: application/json} and {@code X-Invite-Ledger-Api: <version>}.
 * <p>Exceptions are declared per route (exact method and path) when the route is registered:
 * multipart for the import upload and text/html for a captured page (both still with the header; neither is a
 * type a page may send cross-origin without a preflight), and urlencoded or multipart forms for the status
 * pages (HTML forms cannot set headers, so {@link TokenGuard} demands the session's CSRF token instead).
 * <p>The header doubles as the version handshake: a different version is refused with 412 on any request.
 */
public final class WriteGuard implements Handler {

    public static final String API_HEADER = "X-Invite-Ledger-Api";
    static final String JSON = "application/json";
    static final String MULTIPART = "multipart/form-data";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String HTML = "text/html";
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String FORM_ATTRIBUTE = "invite-ledger.form-submission";

    /** A route by method and exact path, as declared for an exception. */
    public record RouteKey(String method, String path) {
        public RouteKey {
            method = method.toUpperCase(Locale.ROOT);
        }
    }

    private final int apiVersion;
    /** Routes that take one body type besides JSON: {@link #MULTIPART} (the import upload) or {@link #HTML} (a page). */
    private final Map<RouteKey, String> otherBodyTypes;
    private final Set<RouteKey> formRoutes;

    public WriteGuard(int apiVersion, Map<RouteKey, String> otherBodyTypes, Set<RouteKey> formRoutes) {
        this.apiVersion = apiVersion;
        this.otherBodyTypes = Map.copyOf(otherBodyTypes);
        this.formRoutes = Set.copyOf(formRoutes);
    }

    public static boolean isWrite(String method) {
        return WRITE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    @Override
    public void handle(Context ctx) {
        String method = ctx.method().name();
        String contentType = ctx.header("Content-Type");
        boolean form = isFormSubmission(method, ctx.path(), contentType);
        // decided once here; the token guard reads it to take the CSRF token from the form, not a header
        ctx.attribute(FORM_ATTRIBUTE, form);
        check(method, ctx.path(), contentType, ctx.header(API_HEADER), form).ifPresent(error -> {
            throw error;
        });
    }

    /** Whether the guard took this request as a status-page form submission (false if it did not run). */
    public static boolean isFormSubmission(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(FORM_ATTRIBUTE));
    }

    /** A write to a declared form route, sent as a form (or a multipart upload): its CSRF defence is the session token. */
    boolean isFormSubmission(String method, String path, String contentType) {
        String mediaType = mediaType(contentType);
        return isWrite(method) && formRoutes.contains(new RouteKey(method, path))
                && (FORM.equals(mediaType) || MULTIPART.equals(mediaType));
    }

    Optional<ApiError> check(String method, String path, String contentType, String apiHeader) {
        return check(method, path, contentType, apiHeader, isFormSubmission(method, path, contentType));
    }

    private Optional<ApiError> check(String method, String path, String contentType, String apiHeader, boolean form) {
        if (apiHeader != null) {
            Optional<ApiError> versionError = checkVersion(apiHeader.trim());
            if (versionError.isPresent()) {
                return versionError;
            }
        }
        if (!isWrite(method)) {
            return Optional.empty();
        }
        RouteKey route = new RouteKey(method, path);
        String mediaType = mediaType(contentType);
        boolean json = JSON.equals(mediaType);
        boolean other = !json && mediaType != null && mediaType.equals(otherBodyTypes.get(route));
        if (!json && !form && !other) {
            return Optional.of(new ApiError(415, "unsupported-content-type", expectedContentType(route)));
        }
        boolean html = other && HTML.equals(mediaType);
        if ((json || html) && !utf8OrUnspecified(contentType)) {
            return Optional.of(new ApiError(415, "unsupported-charset", (html ? "HTML" : "JSON") + " bodies must be UTF-8."));
        }
        if (apiHeader == null && !form) {
            return Optional.of(ApiError.badRequest("api-header-required",
                    "Requests that change data need the header " + API_HEADER + ": " + apiVersion + "."));
        }
        return Optional.empty();
    }

    private Optional<ApiError> checkVersion(String value) {
        int spoken;
        try {
            spoken = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return Optional.of(ApiError.badRequest("bad-api-header",
                    API_HEADER + " must be a whole number: this agent speaks API v" + apiVersion + "."));
        }
        if (spoken == apiVersion) {
            return Optional.empty();
        }
        String update = spoken > apiVersion ? "the agent (invite-ledger)" : "the extension";
        return Optional.of(new ApiError(412, "api-version-mismatch",
                "The extension speaks API v" + spoken + ", the agent speaks v" + apiVersion + ": update " + update
                        + " so both speak the same version."));
    }

    private String expectedContentType(RouteKey route) {
        String other = otherBodyTypes.get(route);
        if (other != null) {
            return "This request needs Content-Type: " + JSON + " or " + other + ".";
        }
        if (formRoutes.contains(route)) {
            return "This request needs Content-Type: " + FORM + " or " + MULTIPART + " (or " + JSON + ").";
        }
        return "Requests that change data need Content-Type: " + JSON + ".";
    }

    /** The bare media type, lower case, without parameters; null when absent or blank. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    private static boolean utf8OrUnspecified(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String charset = p.substring("charset=".length()).replace("\"", "");
                return charset.equals("utf-8") || charset.equals("utf8");
            }
        }
        return true;
    }
}
