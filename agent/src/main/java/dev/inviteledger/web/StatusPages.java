package dev.inviteledger.web;

import dev.inviteledger.dataexport.DataExportReader;
import dev.inviteledger.dataexport.MalformedExportException;
import dev.inviteledger.http.Access;
import dev.inviteledger.http.AgentServices;
import dev.inviteledger.http.ApiServices;
import dev.inviteledger.http.ApiError;
import dev.inviteledger.http.Caller;
import dev.inviteledger.http.RouteModule;
import dev.inviteledger.http.Routes;
import dev.inviteledger.http.ServerConfig;
import dev.inviteledger.http.Session;
import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.AccountSummary;
import dev.inviteledger.ledger.DataExport;
import dev.inviteledger.ledger.ImportResult;
import dev.inviteledger.ledger.Ledger;
import dev.inviteledger.ledger.LedgerConflictException;
import dev.inviteledger.ledger.SignalRecord;
import dev.inviteledger.ledger.UnknownInvitationException;
import dev.inviteledger.ledger.WithdrawalRecord;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;
import dev.inviteledger.policy.PolicyException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The status pages on the agent's own origin: dashboard, invitations, withdrawals, import and settings.
 * Every page needs the status-page session ({@link Access#SESSION}); without one the browser gets a page
 * explaining how to open them ({@link ErrorPages}). Every form is a declared form route, so it carries the
 * session's CSRF token and must come from the agent's own origin. Pages are rendered on the server with
 * auto-escaping templates; the one script only draws the charts from {@code /status-data/dashboard}.
 */
public final class StatusPages implements RouteModule {
    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("kept", "Pinned: it will never be planned for withdrawal."),
            Map.entry("unkept", "Unpinned: it is planned again once it is old enough."),
            Map.entry("marked", "Recorded as withdrawn. Undo it on the Withdrawals page if that was a mistake."),
            Map.entry("undone", "Withdrawal undone."),
            Map.entry("saved", "Settings saved: every page now uses them."),
            Map.entry("approved", "Extension paired: it receives its token on its next check."),
            Map.entry("denied", "Pairing request denied."),
            Map.entry("revoked", "Token revoked: it stops working at once."),
            Map.entry("gone", "That invitation or request no longer exists; the page shows the current state."),
            Map.entry("accepted", "That invitation was accepted: there is nothing to withdraw."));
    private static final List<String> ERROR_NOTICES = List.of("gone", "accepted");

    private static final byte[] FAVICON = resource("/dev/inviteledger/web/assets/favicon.png");

    private final Ledger ledger;
    private final PolicySettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private final long maxUploadBytes;
    private final Templates templates = new Templates();
    private AgentServices server;

    /** The same ledger, policy, clock and zone as the JSON API: every surface shows the same numbers. */
    public StatusPages(ApiServices services) {
        this.ledger = services.ledger();
        this.settings = new PolicySettings(services.ledger(), services.policy());
        this.clock = services.clock();
        this.zone = services.zone();
        this.maxUploadBytes = ServerConfig.DEFAULT_MAX_BODY_BYTES;
    }

    @Override
    public void register(Routes routes) {
        server = routes.services();
        routes.htmlErrorPage(new ErrorPages(templates));
        routes.staticFiles("/dev/inviteledger/web/assets", "/assets");
        routes.staticFiles(ChartJs.classpathDirectory(), "/vendor/chartjs");

        routes.get("/favicon.ico", Access.PUBLIC, ctx -> ctx.contentType("image/png").result(FAVICON));
        routes.get("/", Access.SESSION, this::dashboard);
        routes.get("/status-data/dashboard", Access.SESSION, this::dashboardData);
        routes.get("/invitations", Access.SESSION, this::invitations);
        routes.formPost("/invitations/keep", this::keep);
        routes.get("/withdrawals", Access.SESSION, this::withdrawals);
        routes.formPost("/withdrawals/mark", this::markWithdrawn);
        routes.formPost("/withdrawals/undo", this::undo);
        routes.get("/import", Access.SESSION, ctx -> {
            Snapshot s = snapshot(ctx, false);
            html(ctx, "import.jte", ImportPage.build(chrome(ctx, s, "Import", "import", false), s, null, null, maxUploadBytes));
        });
        routes.formPost("/import", this::importExport);
        routes.get("/settings", Access.SESSION, ctx -> settingsPage(ctx, Map.of(), Map.of(), Map.of(), 200));
        routes.formPost("/settings", this::saveSettings);
        routes.formPost("/settings/pairing/approve", this::approvePairing);
        routes.formPost("/settings/pairing/deny", this::denyPairing);
        routes.formPost("/settings/tokens/revoke", this::revokeToken);
        routes.formPost("/signout", this::signOut);
    }

    // ---- pages -------------------------------------------------------------------------------------------

    private void dashboard(Context ctx) {
        Snapshot s = snapshot(ctx, true);
        Chrome chrome = chrome(ctx, s, "Dashboard", "dashboard", !s.empty());
        if (s.empty()) {
            html(ctx, "dashboard.jte", DashboardPage.empty(chrome));
            return;
        }
        List<SignalRecord> signals = ledger.recentSignals(s.account(), clock.instant().minus(Duration.ofDays(30)));
        html(ctx, "dashboard.jte", DashboardPage.build(chrome, s, signals));
    }

    private void dashboardData(Context ctx) {
        Snapshot s = snapshot(ctx, true);
        if (s.empty()) {
            throw ApiError.notFound("no-account", "The ledger holds no account yet.");
        }
        ctx.json(ChartData.of(s));
    }

    private void invitations(Context ctx) {
        Snapshot s = snapshot(ctx, true);
        InvitationsPage.Query q = InvitationsPage.Query.of(ctx.queryParam("status"), ctx.queryParam("sort"),
                ctx.queryParam("page"), ctx.queryParam("q"));
        html(ctx, "invitations.jte", InvitationsPage.build(chrome(ctx, s, "Invitations", "invitations", false), s, q));
    }

    private void withdrawals(Context ctx) {
        Snapshot s = snapshot(ctx, true);
        List<WithdrawalRecord> log = s.empty() ? List.of() : ledger.withdrawals(s.account());
        int page = 1;
        try {
            page = Integer.parseInt(ctx.queryParamAsClass("page", String.class).getOrDefault("1").strip());
        } catch (NumberFormatException ignored) {
            // first page
        }
        html(ctx, "withdrawals.jte", WithdrawalsPage.build(chrome(ctx, s, "Withdrawals", "withdrawals", false), s, log, page));
    }

    private void settingsPage(Context ctx, Map<String, String> typed, Map<String, String> errors,
                              Map<String, String> pairingErrors, int status) {
        Snapshot s = snapshot(ctx, false);
        Chrome chrome = chrome(ctx, s, "Settings", "settings", false);
        SettingsPage.View view = SettingsPage.build(chrome, s.policy(), settings.fixedKeys(), typed, errors,
                "saved".equals(ctx.queryParam("done")), server.pairing().pending(), pairingErrors,
                server.tokenStore().list(), s.fmt());
        ctx.status(status);
        html(ctx, "settings.jte", view);
    }

    // ---- forms -------------------------------------------------------------------------------------------

    private void keep(Context ctx) {
        String account = ctx.formParam("account");
        boolean keep = "true".equals(ctx.formParam("keep"));
        String back = backTo(ctx.formParam("return"), "/invitations");
        try {
            ledger.setKeep(account, required(ctx, "key"), keep);
            redirect(ctx, back, keep ? "kept" : "unkept");
        } catch (UnknownInvitationException e) {
            redirect(ctx, back, "gone");
        }
    }

    private void markWithdrawn(Context ctx) {
        String back = backTo(ctx.formParam("return"), "/");
        try {
            ledger.recordWithdrawal(ctx.formParam("account"), required(ctx, "key"), clock.instant(), WithdrawalRecord.MANUAL);
            redirect(ctx, back, "marked");
        } catch (UnknownInvitationException e) {
            redirect(ctx, back, "gone");
        } catch (LedgerConflictException e) {
            redirect(ctx, back, "accepted");
        }
    }

    private void undo(Context ctx) {
        String back = backTo(ctx.formParam("return"), "/withdrawals");
        try {
            ledger.undoWithdrawal(Long.parseLong(required(ctx, "id").strip()), clock.instant());
            redirect(ctx, back, "undone");
        } catch (NumberFormatException | UnknownInvitationException e) {
            redirect(ctx, back, "gone");
        }
    }

    private void importExport(Context ctx) {
        List<UploadedFile> files = ctx.uploadedFiles("export");
        String account = ctx.formParam("account");
        ImportResult result = null;
        String refusal = null;
        int status = 200;
        if (files.isEmpty() || files.stream().allMatch(f -> f.size() == 0)) {
            refusal = "Choose LinkedIn's data export first: the zip file, or Connections.csv and Invitations.csv from it.";
            status = 400;
        } else {
            try {
                result = importFiles(files, account);
            } catch (MalformedExportException e) {
                // named by its file name: the path is the upload's temporary folder
                refusal = e.describe(Path.of(e.file()).getFileName().toString());
                status = 422;
            } catch (IllegalArgumentException e) {
                refusal = e.getMessage();
                status = 400;
            }
        }
        Snapshot s = snapshot(ctx, false, account);
        ctx.status(status);
        html(ctx, "import.jte", ImportPage.build(chrome(ctx, s, "Import", "import", false), s, result, refusal, maxUploadBytes));
    }

    /** Copies the upload into a private temporary folder, reads it like the CLI does, imports all or nothing. */
    private ImportResult importFiles(List<UploadedFile> files, String account) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("invite-ledger-import");
            Path target = folder;
            if (files.size() == 1 && files.get(0).filename().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                target = folder.resolve("export.zip");
                copy(files.get(0), target);
            } else {
                for (UploadedFile file : files) {
                    String name = Path.of(file.filename().replace('\\', '/')).getFileName().toString();
                    String canonical = name.equalsIgnoreCase("Connections.csv") ? "Connections.csv"
                            : name.equalsIgnoreCase("Invitations.csv") ? "Invitations.csv" : null;
                    if (canonical == null) {
                        throw new IllegalArgumentException("Upload the export's zip file, or its Connections.csv and "
                                + "Invitations.csv: other files are not read.");
                    }
                    copy(file, folder.resolve(canonical));
                }
            }
            DataExport export = DataExportReader.read(target);
            return ledger.importExport(account, export, clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload temporarily", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private void saveSettings(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String key : dev.inviteledger.policy.PolicyField.keys()) {
            String value = ctx.formParam(key);
            if (value != null && !settings.fixedKeys().contains(key)) {
                typed.put(key, value);
            }
        }
        try {
            settings.save(typed);
            redirect(ctx, "/settings", "saved");
        } catch (PolicyException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.key(), p.message()));
            settingsPage(ctx, typed, errors, Map.of(), 422);
        }
    }

    private void approvePairing(Context ctx) {
        String id = required(ctx, "pairingId");
        try {
            server.pairing().approve(id, ctx.formParam("code") == null ? "" : ctx.formParam("code"));
            redirect(ctx, "/settings", "approved");
        } catch (ApiError e) {
            settingsPage(ctx, Map.of(), Map.of(), Map.of(id, e.getMessage()), e.status());
        }
    }

    private void denyPairing(Context ctx) {
        try {
            server.pairing().deny(required(ctx, "pairingId"));
            redirect(ctx, "/settings", "denied");
        } catch (ApiError e) {
            redirect(ctx, "/settings", "gone");
        }
    }

    private void revokeToken(Context ctx) {
        boolean revoked;
        try {
            revoked = server.tokenStore().revoke(Long.parseLong(required(ctx, "id").strip()), clock.instant());
        } catch (NumberFormatException e) {
            revoked = false;
        }
        redirect(ctx, "/settings", revoked ? "revoked" : "gone");
    }

    private void signOut(Context ctx) {
        Session session = Caller.of(ctx).session();
        server.sessions().end(session);
        server.sessions().clearCookie(ctx);
        ctx.header("Referrer-Policy", "same-origin");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(templates.render("message.jte", new ErrorPages.Message("Signed out", "You are signed out",
                "Nothing is shown here until you open a new sign-in link.", true, false)));
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Snapshot snapshot(Context ctx, boolean evaluate) {
        return snapshot(ctx, evaluate, ctx.queryParam("account"));
    }

    private Snapshot snapshot(Context ctx, boolean evaluate, String askedAccount) {
        Instant now = clock.instant();
        Fmt fmt = new Fmt(zone, now);
        List<AccountSummary> accounts = ledger.accounts();
        String account = Snapshot.choose(askedAccount, accounts);
        Policy policy = settings.current();
        // No account yet: an empty history, so every page renders its empty state from the same code path.
        AccountHistory history = account == null
                ? new AccountHistory(Ledger.DEFAULT_ACCOUNT, List.of(), List.of(), List.of()) : ledger.history(account);
        Evaluation evaluation = evaluate ? PolicyEngine.evaluate(history, policy, now, zone) : null;
        return new Snapshot(fmt, accounts, account, policy, history, evaluation);
    }

    private Chrome chrome(Context ctx, Snapshot s, String title, String page, boolean charts) {
        String done = ctx.queryParam("done");
        Chrome.Notice notice = null;
        if (done != null && NOTICES.containsKey(done)) {
            notice = new Chrome.Notice(ERROR_NOTICES.contains(done) ? "error" : "success", NOTICES.get(done));
        } else if (settings.conflict() != null) {
            notice = new Chrome.Notice("error", settings.conflict());
        }
        return Chrome.of(title, page, s.accounts(), s.account(), Caller.of(ctx).session().csrfToken(), notice,
                zone.getId(), charts);
    }

    private void html(Context ctx, String template, Object view) {
        // Forms are accepted only with the agent's own Origin, and under "no-referrer" a browser sends
        // "Origin: null" with a form post; "same-origin" keeps the Origin for our own forms while still
        // sending nothing to other sites (profile links also carry rel="noreferrer").
        ctx.header("Referrer-Policy", "same-origin");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(templates.render(template, view));
    }

    private static void redirect(Context ctx, String to, String notice) {
        ctx.redirect(to + (to.contains("?") ? "&" : "?") + "done=" + notice, HttpStatus.SEE_OTHER);
    }

    /** Only back to one of our own pages: never an open redirect. */
    static String backTo(String asked, String fallback) {
        if (asked == null || !asked.startsWith("/") || asked.startsWith("//") || asked.contains("\\")
                || asked.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return fallback;
        }
        String path = asked.split("\\?", 2)[0];
        boolean ours = Chrome.PAGES.stream().anyMatch(p -> p[2].equals(path));
        return ours ? asked : fallback;
    }

    private static String required(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest("invalid-field", "The form is missing \"" + field + "\": reload the page and try again.");
        }
        return value;
    }

    private static byte[] resource(String path) {
        try (InputStream in = StatusPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(UploadedFile file, Path to) throws IOException {
        try (InputStream in = file.content()) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    /** Where the Chart.js WebJar keeps its files (the version comes from the jar's own pom.properties). */
    static final class ChartJs {
        private ChartJs() {}

        static String classpathDirectory() {
            return "/META-INF/resources/webjars/chart.js/" + version();
        }

        static String version() {
            try (InputStream in = StatusPages.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
                if (in == null) {
                    throw new IllegalStateException("the Chart.js WebJar is missing from the classpath");
                }
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
