package dev.inviteledger.http;

import dev.inviteledger.ledger.ExportRow;
import dev.inviteledger.ledger.ExportWriter;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/export.csv} and {@code GET /api/v1/export.json}: the account's invitations as the
 * {@code export} command writes them (CSV cells that a spreadsheet would run as formulas are defused), as a
 * download ({@code Content-Disposition: attachment}). {@code resendEligibleAt} uses the policy's cooldown.
 */
public final class ExportRoutes implements RouteModule {
    private final ApiServices services;

    public ExportRoutes(ApiServices services) {
        this.services = services;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/export.csv", Access.TOKEN, ctx -> export(ctx, true));
        routes.get("/api/v1/export.json", Access.TOKEN, ctx -> export(ctx, false));
    }

    private void export(Context ctx, boolean csv) throws IOException {
        String account = AccountRoutes.requireKnown(services, Fields.accountParam(ctx));
        Duration cooldown = Duration.ofDays(services.policy().current().resendCooldownDays());
        List<ExportRow> rows = ExportRow.of(services.ledger().history(account), cooldown);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (csv) {
            try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
                ExportWriter.csv(rows, w);
            }
        } else {
            ExportWriter.json(rows, buffer);
            buffer.write('\n');
        }
        String extension = csv ? "csv" : "json";
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(account, extension) + "\"");
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/json").result(buffer.toByteArray());
    }

    /** {@code invite-ledger-<account>-<date>.<ext>}, the account reduced to [a-z0-9-] so the header stays plain. */
    String fileName(String account, String extension) {
        String slug = account.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        LocalDate today = LocalDate.ofInstant(services.clock().instant(), services.zone());
        return "invite-ledger-" + (slug.isEmpty() ? "account" : slug) + "-" + today + "." + extension;
    }
}
