package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Generation-C page: "Load more" adds rows, the extension captures again and badges follow. */
class LoadMoreE2ETest extends E2eTestBase {
    private static final String ACCOUNT = "gen-c";

    @Test
    void loadMoreRecapturesAndBadgesFollow() throws Exception {
        Page page = openSent(ACCOUNT, FixturePages.genC());
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(10, 15_000);
        assertThat(String.join("\n", overlay.notes())).as("coverage note").contains("10 of 24");
        screenshot(page, "overlay-gen-c-partial.png");

        // the TEST presses LinkedIn's button, like a user; the extension only observes the new rows
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load more")).click();
        overlay.waitForBadges(20, 15_000);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load more")).click();
        overlay.waitForBadges(24, 15_000);
        page.waitForCondition(() -> overlay.notes().stream().noneMatch(n -> n.contains("of 24")),
                new Page.WaitForConditionOptions().setTimeout(10_000));

        JsonNode items = invitationsOf(ACCOUNT);
        long pending = 0;
        for (JsonNode item : items) {
            if ("pending".equals(item.path("state").asText("pending"))) {
                pending++;
            }
        }
        assertThat(pending).isEqualTo(24);
        assertThat(Overlay.part(overlay.badgeOfSlug("bram-kettering-" + Integer.toHexString(1000 + 37)), "no-note")).isNull();
        screenshot(page, "overlay-gen-c-complete.png");
    }
}
