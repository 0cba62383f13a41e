package dev.inviteledger.http;

import dev.inviteledger.page.PageMarkup;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.report.CapturePipeline;
import dev.inviteledger.report.CaptureReport;
import dev.inviteledger.config.Json;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * {@code POST /api/v1/captures}: the extension's captured Sent page → the {@link CaptureReport} (the object
 * {@code replay --json} prints), through the same {@link CapturePipeline}: parse, merge (committed before the
 * answer), evaluate the policy on the history. {@code ?view=overlay} answers with the {@link OverlayAnswer}, the part
 * the overlay draws.
 */
public final class CaptureRoutes implements RouteModule {
    public static final String SOURCE = "extension";

    /** The request body; strings are validated by hand so each error names its field. */
    public record CaptureRequest(String url, String capturedAt, String html, String account, Boolean complete) {}

    private final ApiServices services;
    private final CapturePipeline pipeline;

    public CaptureRoutes(ApiServices services) {
        this.services = services;
        this.pipeline = new CapturePipeline(services.ledger(), new SentPageParser(), services.policy()::current,
                services.zone());
    }

    @Override
    public void register(Routes routes) {
        routes.htmlPost("/api/v1/captures", Access.TOKEN, this::capture);
    }

    private void capture(Context ctx) {
        boolean htmlBody = WriteGuard.HTML.equals(WriteGuard.mediaType(ctx.header("Content-Type")));
        CaptureRequest body = htmlBody ? queryFields(ctx) : JsonBody.read(ctx, CaptureRequest.class);
        Instant now = services.clock().instant();
        String url = Fields.sentPageUrl("url", body.url());
        Instant capturedAt = Fields.instant("capturedAt", body.capturedAt(), now);
        PageMarkup page = htmlBody ? htmlPage(ctx) : PageMarkup.of(Fields.required("html", body.html()));
        String account = Fields.account("account", body.account());
        boolean overlay = overlayView(ctx.queryParam("view"));
        CapturePipeline.Capture capture = new CapturePipeline.Capture(account, capturedAt, SOURCE, url, page,
                body.complete());
        Object answer = overlay ? pipeline.ingestForOverlay(capture) : pipeline.ingest(capture);
        // streamed (chunked): ctx.json would build the answer (~0.4-1 MB for a long list) as a String and encode it
        // again, and even one byte array of it is garbage that brings the next young collection closer
        ctx.contentType(ContentType.APPLICATION_JSON);
        Json.write(ctx.outputStream(), answer);
    }

    /**
     * The same request with the page as the body ({@code Content-Type: text/html}, what the extension sends) and the
     * other fields as query parameters: the page's bytes go to the parser as they came, instead of a 0.5 MB JSON
     * string to unescape or a String of the whole page to decode first ({@link PageMarkup}).
     */
    private static CaptureRequest queryFields(Context ctx) {
        return new CaptureRequest(ctx.queryParam("url"), ctx.queryParam("capturedAt"), null, ctx.queryParam("account"),
                Fields.booleanParam(ctx, "complete"));
    }

    private static PageMarkup htmlPage(Context ctx) {
        PageMarkup page = PageMarkup.utf8(RequestBody.bytes(ctx));
        if (page.isEmpty()) {
            throw ApiError.badRequest("body-required", "This request needs the page's HTML as its body.");
        }
        if (page.isBlank()) {
            throw Fields.invalid("html", "is required.");
        }
        return page;
    }

    /** {@code view=overlay}: only what the overlay draws; absent or {@code report}: the whole report. */
    static boolean overlayView(String view) {
        if (view == null || view.equals("report")) {
            return false;
        }
        if (view.equals("overlay")) {
            return true;
        }
        throw Fields.invalidParameter("view", "must be report or overlay.");
    }
}
