package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** LinkedIn navigates in-app (pushState/popstate): the overlay comes with the Sent tab and leaves with it. */
class SpaNavigationE2ETest extends E2eTestBase {
    private static final String ACCOUNT = "spa";

    @Test
    void overlayFollowsInAppNavigationAndLeavesNothingBehind() throws Exception {
        env.browser.configure(env.agent.port(), ACCOUNT);
        env.browser.linkedin.serve("/feed/", FixturePages.genD());
        Page page = newPage();
        page.navigate("https://www.linkedin.com/feed/");
        Overlay overlay = new Overlay(page);
        page.waitForTimeout(1500);
        assertThat(overlay.overlayNodes()).as("nothing outside the Sent tab").isZero();

        page.evaluate("() => __fake.navigate('/mynetwork/invitation-manager/sent/')");
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(11, 15_000);

        page.evaluate("() => __fake.navigate('/feed/')");
        page.waitForCondition(() -> overlay.overlayNodes() == 0, new Page.WaitForConditionOptions().setTimeout(5_000));

        // no observer left: page changes after leaving cause no capture
        String before = lastCaptureAt();
        page.evaluate("() => { const m = document.querySelector('main'); for (let i = 0; i < 5; i++) m.append(document.createElement('p')); }");
        page.waitForTimeout(2500);
        assertThat(lastCaptureAt()).isEqualTo(before);
        assertThat(overlay.overlayNodes()).isZero();

        page.goBack(); // popstate back to the Sent tab
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(11, 15_000);
        page.goForward();
        page.waitForCondition(() -> overlay.overlayNodes() == 0, new Page.WaitForConditionOptions().setTimeout(5_000));
    }

    private String lastCaptureAt() throws Exception {
        for (JsonNode a : env.api.get("/api/v1/accounts")) {
            if (ACCOUNT.equals(a.path("account").asText())) {
                return a.path("lastCaptureAt").asText();
            }
        }
        return null;
    }
}
