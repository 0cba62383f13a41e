package dev.inviteledger.http;

import dev.inviteledger.config.AppInfo;

/** {@code GET /api/v1/health}: is the agent up, and which API does it speak. No token needed. */
public final class HealthRoutes implements RouteModule {

    public record Health(String status, String version, int apiVersion) {}

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/health", Access.PUBLIC,
                ctx -> ctx.json(new Health("ok", AppInfo.version(), AppInfo.API_VERSION)));
    }
}
