package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

    /** What a user does: open http://127.0.0.1:<port>/settings and approve the request showing the code. */
    private void approveOnSettingsPage(String code) {
        Page settings = browser.context.newPage();
        settings.navigate(new AgentApi(agent.port()).base() + "/settings");
        Locator request = settings.locator("form, tr, li, article, section")
                .filter(new Locator.FilterOptions().setHasText(code))
                .filter(new Locator.FilterOptions().setHas(settings.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Pattern.compile("approve", Pattern.CASE_INSENSITIVE)))))
                .last();
        request.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(Pattern.compile("approve", Pattern.CASE_INSENSITIVE))).click();
        settings.waitForLoadState();
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
