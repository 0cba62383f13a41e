package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real Chromium (Debian's) with the real unpacked extension, in a persistent context (extensions
 * need one), headless via --headless=new (Playwright's own headless flag must stay off for
 * extensions to load). Flags from shared/chromium-recipe.md.
 */
final class ExtensionBrowser implements AutoCloseable {
    final Playwright playwright;
    final BrowserContext context;
    final FakeLinkedIn linkedin = new FakeLinkedIn();
    final String extensionOrigin = "chrome-extension://" + E2eSettings.EXTENSION_ID;

    ExtensionBrowser(Path chromium, Path extensionDir, Path userDataDir, int trapPort) throws Exception {
        Files.createDirectories(userDataDir.resolve("Default"));
        // no preconnects or DNS prefetches to LinkedIn by the browser itself: the network trap
        // must see only what page or extension code asks for
        Files.writeString(userDataDir.resolve("Default/Preferences"), "{\"net\":{\"network_prediction_options\":2}}");
        playwright = Playwright.create();
        String ext = extensionDir.toString();
        String trap = "127.0.0.1:" + trapPort;
        context = playwright.chromium().launchPersistentContext(userDataDir, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(chromium)
                .setHeadless(false)
                .setIgnoreDefaultArgs(List.of("--disable-extensions"))
                .setViewportSize(1280, 900)
                .setArgs(List.of(
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--dns-prefetch-disable",
                        "--disable-extensions-except=" + ext, "--load-extension=" + ext,
                        "--host-resolver-rules=MAP linkedin.com " + trap + ", MAP *.linkedin.com " + trap + ", MAP *.licdn.com " + trap)));
        linkedin.install(context);
        // the pinned "key" in manifest.json must give exactly the id the agent trusts
        assertThat(loadedExtensionId()).isEqualTo(E2eSettings.EXTENSION_ID);
    }

    /** Opens our options page by the expected id (retrying while Chromium loads the extension). */
    private String loadedExtensionId() throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            Page page = context.newPage();
            try {
                page.navigate(extensionOrigin + "/options.html");
                return (String) page.evaluate("() => chrome.runtime.id");
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(250);
            } finally {
                page.close();
            }
        }
        throw new AssertionError("The extension did not load with id " + E2eSettings.EXTENSION_ID
                + " (is \"key\" in manifest.json intact?)", last);
    }

    Page extensionPage(String file) {
        Page page = context.newPage();
        page.navigate(extensionOrigin + "/" + file);
        return page;
    }

    /** Sets the agent port and the account label through the real options page, as a user would. */
    void configure(int port, String account) {
        Page options = extensionPage("options.html");
        options.locator("#port").fill(String.valueOf(port));
        options.locator("#account").fill(account);
        options.locator("#save").click();
        options.locator("#state").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Saved"))
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        options.close();
    }

    /** The token the extension stored after pairing (extension pages may read its storage). */
    String storedToken() {
        Page page = extensionPage("options.html");
        try {
            Object token = page.evaluate("async () => (await chrome.storage.local.get('token')).token || null");
            return token == null ? null : token.toString();
        } finally {
            page.close();
        }
    }

    @Override
    public void close() {
        context.close();
        playwright.close();
    }
}
