package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The user withdraws by hand in LinkedIn's dialog; the extension only watches (the user's click
 * on the dialog's confirm button, then LinkedIn's toast) and logs it with the agent.
 */
class WithdrawalObservedE2ETest extends E2eTestBase {

    @Test
    void aConfirmedWithdrawalInTheNativeDialogIsRecorded() throws Exception {
        String account = "withdraw-d";
        Page page = openSent(account, FixturePages.genD());
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(11, 15_000);

        // cancelled: nothing is logged
        rowControl(page, "Chiara Lindqvist").click();
        page.locator("dialog[open] button[data-cancel]").click();

        rowControl(page, "Farid Oyelaran").click();
        page.locator("dialog[open] button[aria-label=\"Withdraw invitation sent to Farid Oyelaran\"]").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Farid Oyelaran")).waitFor();

        waitUntilWithdrawn(page, account, "Farid Oyelaran");
        assertThat(withdrawnAt(account, "Chiara Lindqvist")).as("cancelled dialog").isNull();
        overlay.waitForBadges(10, 15_000); // the row is gone from the page, the capture follows
    }

    @Test
    void aConfirmedWithdrawalInTheAriaModalIsRecorded() throws Exception {
        String account = "withdraw-c";
        Page page = openSent(account, FixturePages.genC());
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(10, 15_000);

        // generation C: the confirm button has no label, only the same visible text as the row's button
        page.locator("[role=listitem] button[aria-label=\"Withdraw invitation sent to Diego Ferreira\"]").click();
        page.locator("#withdraw-modal button[data-confirm]").click();
        waitUntilWithdrawn(page, account, "Diego Ferreira");
    }

    private static Locator rowControl(Page page, String name) {
        return page.locator("[role=listitem]:visible a[aria-label=\"Withdraw invitation sent to " + name + "\"]");
    }

    private void waitUntilWithdrawn(Page page, String account, String name) {
        page.waitForCondition(() -> withdrawnAt(account, name) != null, new Page.WaitForConditionOptions().setTimeout(15_000));
    }

    private String withdrawnAt(String account, String name) {
        try {
            JsonNode inv = find(invitationsOf(account), i -> i.path("name").asText().equals(name));
            if (inv == null) {
                return null;
            }
            boolean withdrawn = "withdrawn".equals(inv.path("state").asText()) || !inv.path("withdrawnAt").isNull() && !inv.path("withdrawnAt").isMissingNode();
            return withdrawn ? inv.path("withdrawnAt").asText("yes") : null;
        } catch (IOException e) {
            return null;
        }
    }
}
