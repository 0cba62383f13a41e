package dev.inviteledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium driven by Playwright, headless. Fails (never skips) when the browser is missing, with the
 * command that installs it. Collects console errors, page errors, CSP violations and dialogs per page.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** What went wrong on a page: every entry fails the test that opened it. */
    final List<String> problems = new CopyOnWriteArrayList<>();
    /** Statuses a test provokes on purpose (a 422 form, a 401 without session): Chromium logs those as errors. */
    final List<Integer> expectedStatuses = new CopyOnWriteArrayList<>();
    private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is needed for the status-page tests: apt-get update && apt-get install -y chromium chromium-driver")
                .isTrue();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh context (no cookies) and page, watched for problems. */
    Page newPage(int width, int height) {
        return newPage(width, height, true);
    }

    Page newPage(int width, int height, boolean javaScript) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height)
                .setDeviceScaleFactor(1).setLocale("en-US").setTimezoneId("UTC").setJavaScriptEnabled(javaScript));
        // Report CSP violations through the console as well (Chromium also logs them as errors).
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            boolean expected = expectedStatuses.stream()
                    .anyMatch(code -> m.text().startsWith("Failed to load resource: the server responded with a status of " + code + " "));
            if (!expected && ("error".equals(m.type()) || "warning".equals(m.type()) && m.text().contains("Content Security Policy"))) {
                problems.add("console " + m.type() + " on " + page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error on " + page.url() + ": " + e));
        page.onDialog(d -> {
            problems.add("dialog opened on " + page.url() + ": " + d.message());
            d.dismiss();
        });
        return page;
    }

    static Path screenshot(Page page, String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** A part of the full page, for looking at details at full size. */
    static Path clip(Page page, String name, double y, double height) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        double width = page.viewportSize().width;
        double total = ((Number) page.evaluate("document.documentElement.scrollHeight")).doubleValue();
        if (y >= total) {
            return null;
        }
        height = Math.min(height, total - y);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setClip(0, y, width, height));
        return file;
    }

    /** Closes every page opened so far, so nothing still loading spills into the next test. */
    void closePages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
