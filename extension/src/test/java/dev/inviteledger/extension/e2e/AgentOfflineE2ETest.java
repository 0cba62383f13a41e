package dev.inviteledger.extension.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The agent stops, then comes back on the same port: the panel says so, then recovers by itself. */
class AgentOfflineE2ETest extends E2eTestBase {
    private static final String ACCOUNT = "offline";

    @Test
    void panelShowsOfflineThenRecovers() throws Exception {
        Page page = openSent(ACCOUNT, FixturePages.genD());
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);

        env.agent.stop();
        try {
            page.reload();
            overlay.waitForPanelState("offline", 20_000);
            assertThat(overlay.panelBox()).containsText("Agent offline");
            screenshot(page, "overlay-agent-offline.png");
        } finally {
            env.agent.start(); // same port, same data directory
        }
        // retried with backoff (at most 30 s apart) without any page change
        overlay.waitForPanelState("ok", 45_000);
        overlay.waitForBadges(11, 15_000);
    }
}
