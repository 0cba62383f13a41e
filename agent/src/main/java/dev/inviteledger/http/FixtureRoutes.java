package dev.inviteledger.http;

import dev.inviteledger.page.Coverage;
import dev.inviteledger.page.FixturePage;
import dev.inviteledger.page.SentPageParser;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code POST /api/v1/fixtures}: saves a capture as a test fixture in {@code <data-dir>/fixtures/}, with its
 * capture time, zone and URL embedded (so {@code replay FILE} needs no {@code @TIME}), active content removed,
 * and with {@code anonymize: true} every person replaced by a placeholder. The file name is generated
 * ({@link FixtureFiles}); the client's {@code name} only contributes letters, digits and dashes.
 */
public final class FixtureRoutes implements RouteModule {
    public static final int MAX_NAME_LENGTH = 100;

    public record FixtureRequest(String url, String capturedAt, String html, Boolean anonymize, String name) {}

    /** Where it was saved, and what the parser reads in it (a quick check that the page was recognised). */
    public record Saved(String path, String fileName, boolean anonymized, Coverage coverage) {}

    private final ApiServices services;
    private final FixtureFiles files;

    public FixtureRoutes(ApiServices services) {
        this.services = services;
        this.files = new FixtureFiles(services.dataDir().resolve(FixtureFiles.DIRECTORY));
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/fixtures", Access.TOKEN, this::save);
    }

    private void save(Context ctx) throws IOException {
        FixtureRequest body = JsonBody.read(ctx, FixtureRequest.class);
        String url = Fields.sentPageUrl("url", body.url());
        Instant capturedAt = Fields.instant("capturedAt", body.capturedAt(), services.clock().instant());
        String html = Fields.required("html", body.html());
        boolean anonymize = Fields.required("anonymize", body.anonymize());
        String name = body.name() == null ? null : Fields.text("name", body.name(), MAX_NAME_LENGTH);
        String content = FixturePage.render(html, capturedAt, services.zone(), url, anonymize);
        Coverage coverage = new SentPageParser().parse(content).coverage();
        Path saved = files.save(name, capturedAt, content);
        ctx.status(201).json(new Saved(saved.toString(), saved.getFileName().toString(), anonymize, coverage));
    }
}
