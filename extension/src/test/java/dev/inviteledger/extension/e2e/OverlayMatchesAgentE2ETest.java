package dev.inviteledger.extension.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generation-D page: every badge and the panel say exactly what the agent answered. */
class OverlayMatchesAgentE2ETest extends E2eTestBase {
    private static final String ACCOUNT = "gen-d";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    /**
     * The oracle: the same sanitized capture (made by the extension's own serializer in its own
     * world) posted by the test to a twin account with the same, one-capture history. The agent's
     * CaptureReport for it must be what every badge and the panel show.
     */
    @Test
    void badgesAndPanelShowTheAgentsAnswer() throws Exception {
        env.browser.configure(env.agent.port(), ACCOUNT);
        env.browser.linkedin.serve(SENT_PATH, FixturePages.genD());
        Page page = newPage();
        ExtensionWorld world = new ExtensionWorld(env.browser, page);
        page.navigate(FixturePages.SENT_URL);
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);

        JsonNode report = env.api.postCapture(page.url(), world.capture(), ACCOUNT + "-oracle");
        JsonNode invitations = report.path("invitations");
        // 11 invited people; the hidden duplicate row is not a twelfth
        assertThat(invitations).hasSize(11);
        overlay.waitForBadges(invitations.size(), 15_000);

        List<String> checked = new ArrayList<>();
        for (JsonNode inv : invitations) {
            String slug = Expected.slug(inv);
            Locator badge = slug != null ? overlay.badgeOfSlug(slug) : overlay.badgeOfLabel(inv.path("name").asText());
            assertThat(badge).hasCount(1);
            String who = inv.path("name").asText();
            assertThat(Overlay.part(badge, "status")).as("status of %s", who).isEqualTo(Expected.status(inv));
            assertThat(Overlay.part(badge, "plan")).as("plan of %s", who).isEqualTo(Expected.plan(inv));
            assertThat(Overlay.part(badge, "no-note")).as("note of %s", who).isEqualTo(Expected.noNote(inv));
            assertThat(Overlay.part(badge, "resent")).as("re-sent of %s", who).isEqualTo(Expected.resent(inv));
            assertThat(badge.locator("button.keep")).hasAttribute("aria-pressed", String.valueOf(inv.path("keep").asBoolean(false)));
            checked.add(who);
        }
        assertThat(checked).contains("jo.tester@example.com", HOSTILE);

        JsonNode h = report.path("headroom");
        assertThat(overlay.metric("pending")).isEqualTo(Expected.orQ(h.path("pending")) + " / " + Expected.orQ(h.path("pendingCap")));
        assertThat(overlay.metric("weekly")).isEqualTo(Expected.range(h.path("sentLast7Days"), "") + " / " + Expected.orQ(h.path("weeklyLimit")));
        assertThat(overlay.metric("today")).isEqualTo(Expected.orQ(report.path("today").path("done")) + " / " + Expected.orQ(report.path("today").path("planned")));
        assertThat(overlay.panelBox()).hasClass(java.util.regex.Pattern.compile("level-" + h.path("level").asText()));
        assertThat(overlay.panel()).not().hasAttribute("data-placement", java.util.regex.Pattern.compile(".*")); // above the list
        // the account's own summary agrees
        assertThat(env.api.summary(ACCOUNT).path("headroom").path("pending").asInt()).isEqualTo(h.path("pending").asInt());

        screenshot(page, "overlay-gen-d.png");
        overlay.panel().screenshot(new Locator.ScreenshotOptions().setPath(env.screenshot("panel-gen-d.png")));
        page.locator("[role=listitem]:visible").nth(0).screenshot(new Locator.ScreenshotOptions().setPath(env.screenshot("badge-row-gen-d.png")));
        world.detach();
    }

    @Test
    void aHostileNameIsRenderedAsText() throws Exception {
        Page page = openSent(ACCOUNT + "-hostile", FixturePages.genD());
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(11, 15_000);
        Locator badge = overlay.badgeOfSlug("hostile-name-0xdead");
        assertThat(badge.locator(".badge")).hasAttribute("aria-label", "Invite Ledger: " + HOSTILE);
        // no element was made from the name: not in the page, not in any of our shadow roots
        Object injected = page.evaluate("() => { let n = document.querySelectorAll('img[src=\"x\"], [onerror]').length;"
                + " for (const h of document.querySelectorAll('invite-ledger-badge, invite-ledger-panel')) n += h.shadowRoot.querySelectorAll('img, script, [onerror]').length;"
                + " return n; }");
        assertThat(((Number) injected).intValue()).isZero();
        page.waitForTimeout(500); // an onerror handler would have fired by now
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theKeepToggleWorksFromTheKeyboardAndReachesTheAgent() throws Exception {
        String account = ACCOUNT + "-keep";
        Page page = openSent(account, FixturePages.genD());
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);
        Locator keep = overlay.badgeOfSlug("hamish-abernethy").locator("button.keep");
        assertThat(keep).hasAttribute("aria-pressed", "false");
        keep.press("Enter");
        assertThat(keep).hasAttribute("aria-pressed", "true");
        page.waitForCondition(() -> {
            try {
                JsonNode inv = find(invitationsOf(account), i -> i.path("name").asText().equals("Hamish Abernethy"));
                return inv != null && inv.path("keep").asBoolean(false);
            } catch (java.io.IOException e) {
                return false;
            }
        }, new Page.WaitForConditionOptions().setTimeout(10_000));
        assertThat(Overlay.part(overlay.badgeOfSlug("hamish-abernethy"), "plan")).isNull();
    }
}
