package dev.inviteledger.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/v1/openapi.json}: the committed OpenAPI 3.1 description of the whole API. */
public final class OpenApiRoutes implements RouteModule {

    public static final String RESOURCE = "/dev/inviteledger/http/openapi.json";

    private final byte[] document = load();

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/openapi.json", Access.PUBLIC,
                ctx -> ctx.contentType("application/json").result(document));
    }

    static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
