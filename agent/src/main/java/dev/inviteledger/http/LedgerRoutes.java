package dev.inviteledger.http;

import java.util.List;

/** The ledger-backed API v1 routes, one small module each, all built on the same {@link ApiServices}. */
public final class LedgerRoutes {
    private LedgerRoutes() {}

    public static List<RouteModule> modules(ApiServices services) {
        return List.of(
                new CaptureRoutes(services),
                new AccountRoutes(services),
                new InvitationRoutes(services),
                new WithdrawalRoutes(services),
                new SignalRoutes(services),
                new SettingsRoutes(services),
                new ExportRoutes(services),
                new ImportRoutes(services),
                new FixtureRoutes(services));
    }
}
