package dev.inviteledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.inviteledger.config.Json;
import dev.inviteledger.demo.DemoLedger;
import dev.inviteledger.http.PairingService;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.policy.Evaluation;
import dev.inviteledger.policy.Headroom;
import dev.inviteledger.page.SentPageParser;
import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import dev.inviteledger.policy.PlanEntry;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.report.CapturePipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status pages in Debian's Chromium against the real agent over the demo ledger: the numbers the pages
 * show are the engine's, nothing errs or breaks the CSP, hostile names stay text, every form works.
 * Screenshots for review land in {@code target/screenshots/}.
 */
class StatusPagesBrowserTest {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @TempDir
    static Path dir;

    static DemoAgent agent;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
        agent = DemoAgent.withDemo(dir.resolve("demo"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (agent != null) {
            agent.close();
        }
    }

    @AfterEach
    void noConsoleErrorsCspViolationsOrDialogs() {
        browser.closePages();
        List<String> problems = List.copyOf(browser.problems);
        browser.problems.clear();
        browser.expectedStatuses.clear();
        assertThat(problems).isEmpty();
    }

    private Page signedIn() {
        Page page = browser.newPage(1440, 900);
        page.navigate(agent.loginUrl());
        page.waitForURL(agent.base());
        return page;
    }

    /** A same-origin fetch from the signed-in page: the JSON API answers the status pages' session too. */
    private static JsonNode api(Page page, String path) throws Exception {
        Object text = page.evaluate("path => fetch(path, {headers: {Accept: 'application/json'}}).then(r => r.text())", path);
        return Json.mapper().readTree((String) text);
    }

    @Test
    void theDashboardShowsTheSameNumbersAsTheApiAndDrawsItsCharts() throws Exception {
        Evaluation e = agent.evaluate();
        Headroom h = e.headroom();
        Page page = signedIn();
        page.waitForSelector("#charts[data-state=ready]");
        JsonNode summary = api(page, "/api/v1/accounts/demo/summary");
        assertThat(summary.at("/headroom/pending").asInt()).isEqualTo(h.pending());
        assertThat(summary.at("/headroom/level").asText()).isEqualTo(h.level().wireName());
        assertThat(summary.at("/today/done").asInt()).isEqualTo(e.plan().today().done());
        assertThat(summary.at("/today/planned").asInt()).isEqualTo(e.plan().today().planned());

        assertThat(page.locator(".hero h1").innerText()).startsWith(h.pending() + " pending invitations");
        assertThat(page.locator(".hero .badge").innerText()).isEqualTo(DashboardPage.levelLabel(h.level()));
        assertThat(page.locator(".hero .lede").innerText()).contains(Fmt.percent(h.share()) + " of your 500 cap");
        Locator cards = page.locator(".cards .metric");
        assertThat(cards.nth(0).locator(".value").innerText()).startsWith(Integer.toString(h.pending()));
        assertThat(cards.nth(1).locator(".value").innerText()).startsWith(Fmt.range(h.sentLast7Days().min(), h.sentLast7Days().max()));
        assertThat(cards.nth(2).locator(".value").innerText()).startsWith(Integer.toString(e.plan().today().done()));
        assertThat(page.locator(".progress-text").innerText())
                .isEqualTo(summary.at("/today/done").asInt() + " done · " + summary.at("/today/planned").asInt() + " to go");
        assertThat(page.locator(".checklist-table .person-name").first().textContent()).isEqualTo(summary.at("/plan/0/name").asText());
        // today's checklist: every planned entry, in plan order, with a profile link and the Sent tab one click away
        List<PlanEntry> today = e.plan().entries().stream().filter(PlanEntry::today).toList();
        assertThat(page.locator(".checklist-table tbody tr").count()).isEqualTo(today.size()).isEqualTo(38);
        assertThat(page.locator(".checklist-table tbody tr .rank").first().innerText()).isEqualTo("1");
        assertThat(page.locator(".checklist-table tbody tr .person-name").first().innerText()).isEqualTo(today.get(0).name());
        assertThat(page.locator(".checklist-table a.person-name").first().getAttribute("href"))
                .startsWith("https://www.linkedin.com/in/");
        assertThat(page.locator("a.button.primary").first().getAttribute("href"))
                .isEqualTo("https://www.linkedin.com/mynetwork/invitation-manager/sent/");
        // four charts drawn on canvas, each with its numbers readable beside it
        assertThat(page.locator("canvas[data-chart]").count()).isEqualTo(4);
        for (Locator canvas : page.locator("canvas[data-chart]").all()) {
            assertThat(canvas.boundingBox().height).isGreaterThan(100);
        }
        assertThat(page.locator(".status-list").innerText()).contains("Withdrawn").contains("Accepted");
        assertThat(page.locator(".quality").innerText()).contains("Complete").contains("35 minutes ago");

        Browser.screenshot(page, "dashboard");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("dashboard-top.png")));
        // the header is sticky: shoot the charts as part of the full page, not as a scrolled element
        page.evaluate("window.scrollTo(0, 0)");
        com.microsoft.playwright.options.BoundingBox charts = page.locator("#charts").boundingBox();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("dashboard-charts.png"))
                .setFullPage(true).setClip(charts.x - 16, charts.y - 16, charts.width + 32, charts.height + 32));
    }

    @Test
    void aHostileNameRendersAsTextEverywhereAndRunsNothing() throws Exception {
        Page page = signedIn();
        page.waitForSelector("#charts[data-state=ready]");
        assertThat(page.locator(".checklist-table .person-name").allTextContents()).contains(HOSTILE);
        assertThat(page.locator("img").count()).isZero();
        assertThat(page.locator("svg[onload]").count()).isZero();

        page.navigate(agent.base() + "invitations?status=all&q=onerror");
        assertThat(page.locator(".invitations-table .person-name").allInnerTexts()).containsExactly(HOSTILE);
        assertThat(page.locator("img").count()).isZero();
        page.navigate(agent.base() + "invitations?status=all&sort=newest");
        assertThat(page.locator(".person-headline").allInnerTexts()).anyMatch(t -> t.startsWith("\"><svg onload=alert(2)>"));
        assertThat(page.locator("svg[onload]").count()).isZero();
        // a search for markup is echoed as a value, never as markup
        page.navigate(agent.base() + "invitations?q=" + java.net.URLEncoder.encode("\"><script>alert(3)</script>", StandardCharsets.UTF_8));
        assertThat(page.locator("#q").inputValue()).isEqualTo("\"><script>alert(3)</script>");
        assertThat(page.locator("script:not([src])").count()).isZero();

        page.navigate(agent.base() + "invitations");
        Browser.screenshot(page, "invitations");
    }

    @Test
    void everyPageIsLockedDownAndLoadsCleanly() {
        Page page = signedIn();
        for (String path : List.of("", "invitations", "invitations?status=withdrawn&sort=name&page=2", "withdrawals",
                "withdrawals?page=3", "import", "settings", "assets/app.css", "vendor/chartjs/dist/chart.umd.min.js")) {
            Response response = page.navigate(agent.base() + path);
            assertThat(response.status()).as(path).isEqualTo(200);
            Map<String, String> headers = response.headers();
            assertThat(headers.get("content-security-policy")).as(path).isEqualTo("default-src 'self'; frame-ancestors 'none'");
            assertThat(headers.get("cache-control")).as(path).isEqualTo("no-store");
            assertThat(headers.get("x-content-type-options")).as(path).isEqualTo("nosniff");
        }
        page.navigate(agent.base() + "invitations");
        for (Locator form : page.locator("form[method=post]").all()) {
            assertThat(form.locator("input[name=csrf]").count()).isEqualTo(1);
        }
        // the export links lead to the JSON API's exports, which the session may read
        for (String label : List.of("Export CSV", "Export JSON")) {
            String href = page.locator("a:has-text('" + label + "')").getAttribute("href");
            Object status = page.evaluate("href => fetch(href).then(r => r.status + ' ' + r.headers.get('content-disposition'))", href);
            assertThat((String) status).startsWith("200 attachment; filename=\"invite-ledger-demo-");
        }
    }

    @Test
    void withoutASessionThePagesExplainHowToSignInAndShowNoData() throws Exception {
        browser.expectedStatuses.addAll(List.of(401, 403));
        Page page = browser.newPage(1200, 800);
        for (String path : List.of("", "invitations", "settings", "status-data/dashboard")) {
            Response response = page.navigate(agent.base() + path);
            assertThat(response.status()).isEqualTo(401);
            String text = page.locator("body").innerText();
            assertThat(text).contains("Open Invite Ledger from a sign-in link").contains("Open the status page").contains("/login?key=");
            assertThat(text).doesNotContain("pending").doesNotContain(HOSTILE).doesNotContain(DemoLedger.ACCOUNT + " ");
            assertThat(page.locator("input").count()).isZero();
        }
        Browser.screenshot(page, "signed-out");
        Response used = page.navigate(agent.base() + "login?key=" + "A".repeat(43));
        assertThat(used.status()).isEqualTo(403);
        assertThat(page.locator("h1").innerText()).isEqualTo("This sign-in link has been used or has expired");
    }

    @Test
    void theKeepPinTogglesAndTakesTheInvitationOutOfThePlan() {
        Page page = signedIn();
        page.navigate(agent.base() + "invitations?sort=plan");
        Locator first = page.locator(".invitations-table tbody tr").first();
        String key = first.locator("input[name=key]").inputValue();
        String name = first.locator(".person-name").innerText();
        assertThat(first.locator("td").nth(5).innerText()).isEqualTo("Today #1");
        assertThat(first.locator("button.pin").getAttribute("aria-pressed")).isEqualTo("false");
        first.locator("button.pin").click();
        page.waitForURL(url -> url.contains("done=kept"));
        assertThat(page.locator(".notice").innerText()).contains("Pinned");
        assertThat(agent.evaluate().plan().entries()).noneMatch(p -> p.key().equals(key));

        page.navigate(agent.base() + "invitations?status=all&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
        Locator pinned = page.locator(".invitations-table tbody tr:has(input[name=key][value='" + key + "'])");
        assertThat(pinned.locator("button.pin").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(pinned.locator(".chip").allInnerTexts()).contains("kept");
        assertThat(pinned.locator("td").nth(5).innerText()).isEqualTo("—");

        pinned.locator("button.pin").click();
        page.waitForURL(url -> url.contains("done=unkept"));
        assertThat(agent.evaluate().plan().entries().get(0).key()).isEqualTo(key);
    }

    @Test
    void anInvalidSettingIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        browser.expectedStatuses.add(422);
        Map<String, String> before = agent.ledger.settings();
        Page page = signedIn();
        page.navigate(agent.base() + "settings");
        page.fill("#setting-dailyWithdrawals", "500");
        page.fill("#setting-withdrawAfterDays", "14");
        Response response = page.waitForNavigation(() -> page.click("text=Save settings"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#error-dailyWithdrawals").innerText()).contains("must be between 1 and 100, got 500");
        assertThat(page.locator("#setting-dailyWithdrawals").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#setting-dailyWithdrawals").inputValue()).isEqualTo("500");
        assertThat(page.locator("#setting-withdrawAfterDays").inputValue()).isEqualTo("14");
        assertThat(page.locator(".error").count()).isEqualTo(1);
        assertThat(page.locator(".notice-error").innerText()).isEqualTo("Nothing was saved: one value needs fixing (marked below).");
        assertThat(agent.ledger.settings()).isEqualTo(before);
        Browser.screenshot(page, "settings-invalid");
    }

    @Test
    void aValidSettingIsSavedAndUsedByEveryPage() throws Exception {
        Page page = signedIn();
        try {
            page.navigate(agent.base() + "settings");
            page.fill("#setting-dailyWithdrawals", "30");
            page.click("text=Save settings");
            page.waitForURL(url -> url.contains("done=saved"));
            assertThat(page.locator(".notice").innerText()).contains("Settings saved");
            assertThat(page.locator("#setting-dailyWithdrawals").inputValue()).isEqualTo("30");
            assertThat(agent.ledger.settings()).containsEntry("dailyWithdrawals", "30");
            page.navigate(agent.base());
            assertThat(page.locator(".progress-text").innerText()).isEqualTo("12 done · 18 to go");
            page.navigate(agent.base() + "settings");
            Browser.screenshot(page, "settings");
        } finally {
            agent.ledger.putSettings(java.util.Collections.singletonMap("dailyWithdrawals", null));
        }
    }

    @Test
    void tickingOffAWithdrawalRecordsItAndTheLogCanUndoIt() throws Exception {
        Page page = signedIn();
        String first = page.locator(".checklist-table .person-name").first().innerText();
        page.locator(".checklist-table button:has-text('I withdrew it')").first().click();
        page.waitForURL(url -> url.contains("done=marked"));
        assertThat(page.locator(".progress-text").innerText()).isEqualTo("13 done · 37 to go");
        assertThat(page.locator(".checklist-table .person-name").first().innerText()).isNotEqualTo(first);

        page.navigate(agent.base() + "withdrawals");
        JsonNode log = api(page, "/api/v1/withdrawals?account=demo");
        int active = 0;
        for (JsonNode w : log.get("withdrawals")) {
            active += w.get("active").asBoolean() ? 1 : 0;
        }
        assertThat(page.locator(".cards .metric .value").first().innerText()).isEqualTo(Integer.toString(active));
        Locator newest = page.locator("section[aria-labelledby=log-title] tbody tr").first();
        assertThat(newest.locator(".person-name").innerText()).isEqualTo(first);
        assertThat(newest.innerText()).contains("marked by you");
        newest.locator("button:has-text('Undo')").click();
        page.waitForURL(url -> url.contains("done=undone"));
        assertThat(page.locator("section[aria-labelledby=log-title] tbody tr").first().innerText()).contains("undone");
        assertThat(agent.evaluate().plan().today().done()).isEqualTo(12);
        Browser.screenshot(page, "withdrawals");
    }

    @Test
    void theImportShowsWhatChangedOrNamesTheFileAndLineItRefused() throws Exception {
        browser.expectedStatuses.add(422);
        Page page = signedIn();
        page.navigate(agent.base() + "import");
        Path bad = Files.createDirectories(dir.resolve("bad")).resolve("Connections.csv");
        Files.writeString(bad, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace-1,,,,15 Jan 2024\n"
                + "Bob,Byte,https://www.linkedin.com/in/bob-byte-2,,,,sometime last year\n");
        long capturesBefore = agent.ledger.count("captures");
        page.setInputFiles("#export-file", bad);
        Response refused = page.waitForNavigation(() -> page.click("button:has-text('Import')"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(page.locator(".notice-error").innerText()).contains("Nothing was imported").contains("Connections.csv, line 3");
        assertThat(agent.ledger.count("captures")).isEqualTo(capturesBefore);

        Path good = Files.createDirectories(dir.resolve("good")).resolve("Connections.csv");
        InvitationRecord closed = agent.ledger.history(DemoLedger.ACCOUNT).invitations().stream()
                .filter(r -> r.state() == InvitationState.CLOSED_UNKNOWN && r.profileUrl() != null).findFirst().orElseThrow();
        String day = closed.closedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", java.util.Locale.US));
        Files.writeString(good, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Some,One," + closed.profileUrl() + ",,,," + day + "\n");
        page.setInputFiles("#export-file", good);
        Response imported = page.waitForNavigation(() -> page.click("button:has-text('Import')"));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(page.locator(".result h2").innerText()).isEqualTo("Imported");
        Locator accepted = page.locator(".result .facts div", new Page.LocatorOptions().setHasText("now known to be accepted"));
        assertThat(accepted.locator("dd").innerText()).isEqualTo("1");
        assertThat(agent.ledger.history(DemoLedger.ACCOUNT).invitations().stream().filter(r -> r.id() == closed.id())
                .findFirst().orElseThrow().state()).isEqualTo(InvitationState.ACCEPTED);
        Browser.screenshot(page, "import");
    }

    @Test
    void pairingIsApprovedWithTheCodeFromThePopupAndTheTokenCanBeRevoked() {
        browser.expectedStatuses.add(400);
        PairingService pairing = agent.server.pairing();
        String origin = "chrome-extension://" + dev.inviteledger.config.AppInfo.EXTENSION_ID;
        PairingService.Ticket ticket = pairing.request(origin, "Chromium on the work laptop", "0.1.0");
        Page page = signedIn();
        page.navigate(agent.base() + "settings#pairing");
        Locator request = page.locator(".pairing", new Page.LocatorOptions().setHasText("Chromium on the work laptop"));
        assertThat(request.innerText()).doesNotContain(ticket.code());
        request.locator("input[name=code]").fill("WRONG1");
        Response wrong = page.waitForNavigation(() -> request.locator("button:has-text('Approve')").click());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(page.locator(".pairing .error").innerText()).contains("does not match");
        // a waiting request comes first on the page: the user came to type its code
        assertThat(page.locator("main > section").first().getAttribute("id")).isEqualTo("pairing");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("settings-pairing.png")));

        page.locator(".pairing input[name=code]").fill(ticket.code().toLowerCase(java.util.Locale.ROOT));
        page.locator(".pairing button:has-text('Approve')").click();
        page.waitForURL(url -> url.contains("done=approved"));
        assertThat(pairing.poll(ticket.pairingId(), origin).token()).isNotBlank();

        page.navigate(agent.base() + "settings");
        Locator token = page.locator("section[aria-labelledby=tokens-title] tbody tr",
                new Page.LocatorOptions().setHasText("Chromium on the work laptop"));
        assertThat(token.innerText()).contains("Active");
        token.locator("button:has-text('Revoke')").click();
        page.waitForURL(url -> url.contains("done=revoked"));
        assertThat(agent.server.tokenStore().list()).allMatch(t -> !t.active());
    }

    @Test
    void theDashboardFitsAPhoneScreen() throws Exception {
        Page page = browser.newPage(390, 844);
        page.navigate(agent.loginUrl());
        page.waitForURL(agent.base());
        page.waitForSelector("#charts[data-state=ready]");
        for (String path : List.of("", "invitations", "withdrawals", "settings", "import")) {
            page.navigate(agent.base() + path);
            Number width = (Number) page.evaluate("document.documentElement.scrollWidth");
            if (width.intValue() > 390) {
                System.out.println("OVERFLOW " + path + ": " + page.evaluate("Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 392).slice(0, 12).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')"));
            }
            assertThat(width.intValue()).as(path).isLessThanOrEqualTo(390);
        }
        page.navigate(agent.base());
        page.waitForSelector("#charts[data-state=ready]");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("dashboard-phone.png")));
    }

    @Test
    void withoutJavaScriptTheNumbersAreStillThere() {
        Page page = browser.newPage(1280, 900, false);
        page.navigate(agent.loginUrl());
        page.waitForURL(agent.base());
        assertThat(page.locator(".chart-box").first().isVisible()).isFalse();
        assertThat(page.locator(".chart-summary").count()).isEqualTo(3);
        page.locator("summary:has-text('as a table')").first().click();
        assertThat(page.locator("table.compact tbody tr").first().isVisible()).isTrue();
        assertThat(page.locator(".status-list li").count()).isEqualTo(8);
    }

    @Test
    void withSeveralAccountsTheSwitcherChangesTheAccountOnEveryPage() {
        try (DemoAgent two = DemoAgent.empty(dir.resolve("two"))) {
            CapturePipeline pipeline = new CapturePipeline(two.ledger, new SentPageParser(), Policy::defaults, DemoAgent.ZONE);
            capture(pipeline, "work@example.com", 3, DemoAgent.NOW.minusSeconds(7200));
            capture(pipeline, "Side project", 5, DemoAgent.NOW.minusSeconds(3600));
            Page page = browser.newPage(1280, 800);
            page.navigate(two.loginUrl());
            page.waitForURL(two.base());
            // the account captured last comes first
            assertThat(page.locator(".hero h1").innerText()).startsWith("5 pending invitations");
            assertThat(page.locator("#account-select option").allInnerTexts())
                    .containsExactlyInAnyOrder("work@example.com · 3 pending", "Side project · 5 pending");
            assertThat(page.locator(".account-switch button").isVisible()).isFalse(); // the select submits itself
            page.selectOption("#account-select", "work@example.com");
            page.waitForURL(url -> url.contains("account=work%40example.com"));
            assertThat(page.locator(".hero h1").innerText()).startsWith("3 pending invitations");
            page.locator("nav.tabs a:has-text('Invitations')").click();
            page.waitForURL(url -> url.contains("/invitations"));
            page.waitForLoadState();
            assertThat(page.locator(".toolbar-count").innerText()).isEqualTo("1–3 of 3");
            browser.closePages(); // before this agent stops
        }
    }

    private static void capture(CapturePipeline pipeline, String account, int rows, java.time.Instant at) {
        List<SyntheticInvitation> invitations = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            invitations.add(new SyntheticInvitation("Person " + account.charAt(0) + i, "person-" + account.charAt(0) + "-" + i,
                    "Engineer", 3 + i * 9, null));
        }
        pipeline.ingest(new CapturePipeline.Capture(account, at, "test", null,
                SyntheticSentPage.render(invitations, rows, false), null));
    }

    @Test
    void anEmptyLedgerWelcomesTheUserWithTheFirstSteps() throws Exception {
        try (DemoAgent empty = DemoAgent.empty(dir.resolve("empty"))) {
            Page page = browser.newPage(1280, 800);
            page.navigate(empty.loginUrl());
            page.waitForURL(empty.base());
            assertThat(page.locator("h1").innerText()).isEqualTo("Nothing captured yet");
            assertThat(page.locator(".steps li").count()).isEqualTo(3);
            page.navigate(empty.base() + "invitations");
            assertThat(page.locator(".empty h2").innerText()).isEqualTo("No invitations yet");
            page.navigate(empty.base() + "withdrawals");
            assertThat(page.locator(".empty h2").first().innerText()).isEqualTo("Nobody yet");
            page.navigate(empty.base());
            Browser.screenshot(page, "dashboard-empty");
            browser.closePages(); // before this agent stops
        }
    }
}
