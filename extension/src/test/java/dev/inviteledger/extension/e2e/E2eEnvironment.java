package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * One real agent, one Chromium with the extension, paired once through the real flow (popup asks,
 * the "user" approves on the agent's settings page), shared by all E2E classes of the run.
 * Each test class uses its own account label, so their ledgers do not mix.
 */
final class E2eEnvironment {
    private static E2eEnvironment instance;
    private static Throwable startFailure;

    final AgentProcess agent;
    final AgentApi api;
    final ExtensionBrowser browser;
    final NetworkTrap trap;
    final Path screenshots;

    private E2eEnvironment() throws Exception {
        Path chromium = E2eSettings.chromium();
        Path jar = E2eSettings.agentJar();
        Path work = E2eSettings.workDir();
        Files.createDirectories(work);
        Path run = Files.createTempDirectory(work, "run-");
        screenshots = E2eSettings.screenshots();
        Files.createDirectories(screenshots);

        agent = new AgentProcess(jar, run.resolve("agent-data"), run.resolve("agent.log"));
        agent.start();
        trap = new NetworkTrap();
        browser = new ExtensionBrowser(chromium, E2eSettings.extensionDir(), run.resolve("chromium-profile"), trap.port());
        browser.configure(agent.port(), "e2e");
        pair();
        api = new AgentApi(agent.port()).withToken(browser.storedToken());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    static synchronized E2eEnvironment get() throws Exception {
        if (startFailure != null) {
            throw new IllegalStateException("the E2E environment failed to start (see the first failure)", startFailure);
        }
        if (instance == null) {
            try {
                instance = new E2eEnvironment();
            } catch (Throwable t) {
                startFailure = t;
                throw t;
            }
        }
        return instance;
    }

    /** The real pairing: the popup requests it and shows a code; the user approves it on the agent's page. */
    private void pair() throws Exception {
        Page popup = browser.extensionPage("popup.html");
        popup.setViewportSize(360, 520); // the size of a toolbar popup, for the screenshots
        Locator pairButton = popup.locator("#pair");
        popup.waitForCondition(pairButton::isEnabled);
        pairButton.click();
        Locator code = popup.locator("#pair-code");
        try {
            code.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(15_000));
        } catch (RuntimeException e) {
            throw new AssertionError("The popup showed no pairing code; it says: " + popup.locator("body").innerText()
                    + "\nagent log:\n" + agent.logTail(), e);
        }
        String shown = code.textContent().trim();
        assertThat(shown).isNotBlank();
        popup.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("popup-pairing-code.png")));

        approveOnSettingsPage(shown);

        popup.locator("#pair-state").filter(new Locator.FilterOptions().setHasText("Paired"))
                .waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        popup.reload();
        popup.locator("#pair-state").filter(new Locator.FilterOptions().setHasText("Paired")).waitFor();
        popup.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("popup-paired.png")));
        popup.close();
        assertThat(browser.storedToken()).as("token stored by the service worker").isNotBlank();
    }

    /**
     * What a user does: sign in to the status pages with the one-time link `serve` printed, open
     * /settings, type the popup's code next to the extension's request and press Approve. While the
     * settings page has no pairing list (status pages not merged yet), the same approval goes through
     * the API that page uses (session + CSRF token).
     */
    private void approveOnSettingsPage(String code) {
        Page settings = browser.context.newPage();
        settings.navigate(agent.loginLink());
        settings.navigate(new AgentApi(agent.port()).base() + "/settings");
        Pattern approveName = Pattern.compile("^approve$", Pattern.CASE_INSENSITIVE);
        Locator request = settings.locator("li, tr, article")
                .filter(new Locator.FilterOptions().setHasText(browser.extensionOrigin))
                .filter(new Locator.FilterOptions().setHas(settings.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(approveName))));
        if (request.count() > 0) {
            Locator mine = request.last();
            Locator codeInput = mine.getByLabel(Pattern.compile("code", Pattern.CASE_INSENSITIVE));
            if (codeInput.count() > 0) {
                codeInput.first().fill(code);
            }
            mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(approveName)).click();
            settings.waitForLoadState();
            settings.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("agent-settings-after-approval.png")));
        } else {
            Object status = settings.evaluate("async ({ code, origin }) => {"
                    + " const session = await (await fetch('/api/v1/session')).json();"
                    + " const waiting = await (await fetch('/api/v1/pairing')).json();"
                    + " const mine = waiting.filter(p => p.origin === origin);"
                    + " if (mine.length !== 1) return 'pending requests from the extension: ' + JSON.stringify(waiting);"
                    + " const r = await fetch(`/api/v1/pairing/${mine[0].pairingId}/approve`, { method: 'POST',"
                    + "   headers: { 'Content-Type': 'application/json', 'X-Invite-Ledger-Api': '1', 'X-CSRF-Token': session.csrfToken },"
                    + "   body: JSON.stringify({ code }) });"
                    + " return r.status === 200 ? 'approved' : r.status + ' ' + await r.text(); }",
                    java.util.Map.of("code", code, "origin", browser.extensionOrigin));
            assertThat(status).as("approval through the status-page API").isEqualTo("approved");
        }
        settings.close();
    }

    Path screenshot(String name) {
        return screenshots.resolve(name);
    }

    private void close() {
        try {
            browser.close();
        } catch (RuntimeException ignored) {
            // the JVM is exiting: best effort
        }
        try {
            agent.close();
            trap.close();
        } catch (Exception ignored) {
            // best effort
        }
    }
}
