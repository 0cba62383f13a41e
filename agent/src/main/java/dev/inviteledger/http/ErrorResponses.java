package dev.inviteledger.http;

import dev.inviteledger.config.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure inside Javalin into {@code {"error", "message"}} JSON with the right status:
 * our {@link ApiError}s, Javalin's own (404, 405, 413 from the body limit) and anything unexpected
 * (500, logged here, never shown to the client). A browser asking for a status page gets the same error as an
 * HTML page when a module declared one ({@link Routes#htmlErrorPage}).
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    static void register(RoutesConfig routes, long maxBodyBytes, HtmlErrorPage htmlPage) {
        routes.exception(ApiError.class, (e, ctx) -> write(ctx, e, htmlPage));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e, maxBodyBytes), htmlPage));
        routes.exception(Exception.class, (e, ctx) -> write(ctx, unexpected(e, ctx, maxBodyBytes), htmlPage));
    }

    static void write(Context ctx, ApiError error) {
        write(ctx, error, null);
    }

    static void write(Context ctx, ApiError error, HtmlErrorPage htmlPage) {
        ctx.status(error.status());
        if (htmlPage != null && wantsHtml(ctx.path(), ctx.header("Accept"))) {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(htmlPage.render(error.status(), error.code(), error.getMessage()));
            return;
        }
        ctx.contentType("application/json");
        ctx.result(toJson(error.body()));
    }

    /** A browser asking for a page (not the API): it gets the HTML version of the error. */
    static boolean wantsHtml(String path, String accept) {
        return path != null && !path.startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    static byte[] toJson(ApiError.ErrorBody body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (Exception e) {
            return "{\"error\":\"internal-error\",\"message\":\"The agent failed to describe an error.\"}"
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    static ApiError fromJavalin(HttpResponseException e, long maxBodyBytes) {
        return forStatus(e.getStatus(), maxBodyBytes);
    }

    /** The standard error for a status that has no more specific cause. */
    static ApiError forStatus(int status, long maxBodyBytes) {
        return switch (status) {
            case 400 -> ApiError.badRequest("bad-request", "The request could not be understood.");
            case 404 -> ApiError.notFound("not-found", "There is nothing at this address; see /api/v1/openapi.json.");
            case 405 -> new ApiError(405, "method-not-allowed", "This address does not accept that method.");
            case 413 -> BodyLimit.tooLarge(maxBodyBytes);
            case 431 -> new ApiError(431, "headers-too-large", "The request headers are too large.");
            case 503 -> new ApiError(503, "unavailable", "The agent is shutting down or busy; try again in a moment.");
            default -> status >= 500
                    ? new ApiError(status, "internal-error", "The agent hit an unexpected error; its log has the details.")
                    : new ApiError(status, "http-" + status, "The request was refused (HTTP " + status + ").");
        };
    }

    private static ApiError unexpected(Exception e, Context ctx, long maxBodyBytes) {
        // Jetty reports a body cut off by a limit, or a broken upload, as an exception with an HTTP status.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return forStatus(http.getCode(), maxBodyBytes);
            }
        }
        LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
        return forStatus(500, maxBodyBytes);
    }
}
