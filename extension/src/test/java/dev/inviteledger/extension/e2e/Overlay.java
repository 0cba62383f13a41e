package dev.inviteledger.extension.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;

/** Reads the overlay the way a user sees it (Playwright locators pierce our open shadow roots). */
final class Overlay {
    static final String PANEL = "invite-ledger-panel";
    static final String BADGE = "invite-ledger-badge";
    private final Page page;

    Overlay(Page page) {
        this.page = page;
    }

    Locator panel() {
        return page.locator(PANEL);
    }

    Locator panelBox() {
        return page.locator(PANEL + " section.panel");
    }

    /** "ok", "offline", "pairing-needed", ... as the panel shows it. */
    String panelState() {
        return panelBox().getAttribute("data-state");
    }

    void waitForPanelState(String state, double timeoutMs) {
        try {
            page.locator(PANEL + " section.panel[data-state=\"" + state + "\"]")
                    .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(timeoutMs));
        } catch (com.microsoft.playwright.TimeoutError e) {
            Locator box = panelBox();
            String shown = box.count() == 0 ? "no panel at all" : "state \"" + box.getAttribute("data-state") + "\": " + box.innerText();
            throw new AssertionError("The panel never showed state \"" + state + "\" within " + timeoutMs + " ms; it shows " + shown, e);
        }
    }

    String metric(String name) {
        return page.locator(PANEL + " [data-metric=\"" + name + "\"] .value").textContent();
    }

    String metricSub(String name) {
        return page.locator(PANEL + " [data-metric=\"" + name + "\"] .sub").textContent();
    }

    List<String> notes() {
        return page.locator(PANEL + " .notes li").allTextContents();
    }

    int badgeCount() {
        return page.locator(BADGE).count();
    }

    void waitForBadges(int count, double timeoutMs) {
        page.waitForCondition(() -> badgeCount() == count, new Page.WaitForConditionOptions().setTimeout(timeoutMs));
    }

    /** The badge in the row holding the profile link of this slug. */
    Locator badgeOfSlug(String slug) {
        return page.locator("[role=listitem]:visible:has(a[href*=\"/in/" + slug + "/\"]) " + BADGE);
    }

    /** The badge in the row whose withdraw control names this person (e-mail invitees). */
    Locator badgeOfLabel(String name) {
        return page.locator("[role=listitem]").filter(new Locator.FilterOptions()
                .setHas(page.locator("[aria-label=\"Withdraw invitation sent to " + name.replace("\"", "\\\"") + "\"]"))).locator(BADGE);
    }

    static String part(Locator badge, String part) {
        Locator l = badge.locator("[data-part=\"" + part + "\"]");
        return l.count() == 0 ? null : l.textContent();
    }

    /** Number of overlay nodes anywhere in the document (panel, badges). */
    int overlayNodes() {
        return ((Number) page.evaluate("() => document.querySelectorAll('invite-ledger-panel, invite-ledger-badge').length")).intValue();
    }
}
