package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Shared set-up: the one environment, a page per test with a JavaScript-dialog tripwire. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class E2eTestBase {
    static final String SENT_PATH = "/mynetwork/invitation-manager/sent/";

    E2eEnvironment env;
    final List<String> dialogs = new CopyOnWriteArrayList<>();
    final List<String> extensionConsole = new CopyOnWriteArrayList<>();
    private final List<Page> pages = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startEnvironment() throws Exception {
        env = E2eEnvironment.get();
    }

    /** A new tab; any alert/confirm/prompt (an injected script running) is recorded and fails the test. */
    Page newPage() {
        Page page = env.browser.context.newPage();
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        ContentScriptConsole.attach(env.browser.context, page, line -> {
            System.out.println("  extension " + line);
            extensionConsole.add(line);
        });
        pages.add(page);
        return page;
    }

    /** Points the extension at this test's account (options page), serves html at the Sent URL, opens it. */
    Page openSent(String account, String html) {
        env.browser.configure(env.agent.port(), account);
        env.browser.linkedin.serve(SENT_PATH, html);
        Page page = newPage();
        page.navigate(FixturePages.SENT_URL);
        return page;
    }

    JsonNode invitationsOf(String account) throws IOException {
        return env.api.invitations(account, null).path("items");
    }

    static JsonNode find(JsonNode items, Predicate<JsonNode> p) {
        for (JsonNode item : items) {
            if (p.test(item)) {
                return item;
            }
        }
        return null;
    }

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(env.screenshot(name)).setFullPage(true));
    }

    @AfterEach
    void noScriptRan() {
        for (Page p : pages) {
            p.close();
        }
        pages.clear();
        assertThat(dialogs).as("JavaScript dialogs opened (an injected script ran)").isEmpty();
    }
}
