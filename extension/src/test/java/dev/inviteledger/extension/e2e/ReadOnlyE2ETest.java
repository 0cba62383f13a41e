package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safety promise, measured: while the extension captures, renders, re-captures, observes a
 * withdrawal, a keep toggle, a limit message and in-app navigation, its code makes ZERO calls to
 * click/focus/scroll/dispatchEvent/submit/fetch on LinkedIn's page and sends no request to LinkedIn.
 */
class ReadOnlyE2ETest extends E2eTestBase {
    private static final String ACCOUNT = "read-only";

    @Test
    void extensionCodeNeverActsOnLinkedIn() throws Exception {
        env.browser.configure(env.agent.port(), ACCOUNT);
        env.browser.linkedin.serve(SENT_PATH, FixturePages.genC());
        env.browser.linkedin.serve("/feed/", FixturePages.genC());
        env.browser.linkedin.resetCounts();
        int trapBefore = env.trap.connections();

        Page page = newPage();
        page.addInitScript(FixturePages.resourceAt("/instrument/page-world.js"));
        ExtensionWorld world = new ExtensionWorld(env.browser, page);

        page.navigate(FixturePages.SENT_URL);
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(10, 15_000);

        assertThat(world.evaluate(FixturePages.resourceAt("/instrument/extension-world.js"))).isEqualTo("installed");
        // the tripwire works: a click made in the extension's world is counted
        assertThat(world.evaluate("document.createElement('i').click(), __ilCalls.length")).isEqualTo(1);
        world.evaluate("__ilCalls.length = 0");

        page.evaluate("() => __fake.loadMore()"); // LinkedIn adds rows (no event involved)
        overlay.waitForBadges(20, 15_000);

        page.locator("[role=listitem] button[aria-label=\"Withdraw invitation sent to Elif Halvorsen\"]").click();
        page.locator("#withdraw-modal button[data-confirm]").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Elif Halvorsen")).waitFor();
        page.waitForCondition(() -> {
            try {
                return find(invitationsOf(ACCOUNT), i -> i.path("name").asText().equals("Elif Halvorsen")
                        && "withdrawn".equals(i.path("state").asText())) != null;
            } catch (java.io.IOException e) {
                return false;
            }
        }, new Page.WaitForConditionOptions().setTimeout(15_000));

        overlay.badgeOfSlug("aino-marsh-" + Integer.toHexString(1000)).locator("button.keep").click();
        page.evaluate("() => __fake.limitToast('You’ve reached the weekly invitation limit. Try again next week.')");
        page.waitForTimeout(1000);

        page.evaluate("() => __fake.navigate('/feed/')");
        page.waitForCondition(() -> overlay.overlayNodes() == 0, new Page.WaitForConditionOptions().setTimeout(5_000));
        page.evaluate("() => __fake.navigate('/mynetwork/invitation-manager/sent/')");
        overlay.waitForPanelState("ok", 30_000);
        page.waitForTimeout(1500);

        Object extensionCalls = world.evaluate("JSON.stringify(__ilCalls)");
        Object pageWorld = page.evaluate("() => JSON.stringify(window.__ilPageWorld)");
        List<String> others = env.browser.linkedin.otherRequests();
        int trapped = env.trap.connections() - trapBefore;
        System.out.println("read-only: extension-world calls " + extensionCalls + "; page world " + pageWorld
                + "; other LinkedIn requests " + others + "; connections to the LinkedIn trap " + trapped
                + "; documents the test opened " + env.browser.linkedin.documentsServed());

        assertThat(extensionCalls).as("calls made by extension code in its content-script world").isEqualTo("[]");
        assertThat(pageWorld).as("page world: calls from extension scripts, untrusted events").isEqualTo("{\"byExtension\":[],\"untrusted\":[]}");
        assertThat(others).as("LinkedIn requests not made by the test").isEmpty();
        assertThat(trapped).as("connections that escaped to a LinkedIn host").isZero();
        assertThat(env.browser.linkedin.documentsServed()).as("only the one page the test opened").isEqualTo(1);
        world.detach();
    }
}
