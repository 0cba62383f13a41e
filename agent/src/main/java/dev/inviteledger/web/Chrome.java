package dev.inviteledger.web;

import dev.inviteledger.config.AppInfo;
import dev.inviteledger.ledger.AccountSummary;
import java.util.List;

/**
 * What every status page shows around its content: navigation, the account switcher, the CSRF token its
 * forms carry, an optional notice, and the footer facts.
 *
 * @param page    which navigation entry is current ("dashboard", "invitations", ...)
 * @param account the account shown, or null when the ledger has none yet
 * @param charts  whether the page loads the chart library
 */
public record Chrome(String title, String page, List<Nav> nav, List<AccountChoice> accounts, String account,
                     String csrf, Notice notice, String zone, boolean charts) {

    /** One navigation entry. */
    public record Nav(String label, String href, boolean current) {}

    /** One entry of the account switcher. */
    public record AccountChoice(String name, boolean selected, int pending) {}

    /** A one-line message at the top of the page: kind is "success", "info" or "error". */
    public record Notice(String kind, String text) {}

    static final List<String[]> PAGES = List.of(
            new String[] {"dashboard", "Dashboard", "/"},
            new String[] {"invitations", "Invitations", "/invitations"},
            new String[] {"withdrawals", "Withdrawals", "/withdrawals"},
            new String[] {"import", "Import", "/import"},
            new String[] {"settings", "Settings", "/settings"});

    static Chrome of(String title, String page, List<AccountSummary> accounts, String account, String csrf,
                     Notice notice, String zone, boolean charts) {
        String accountParam = accounts.size() > 1 ? account : null;
        List<Nav> nav = PAGES.stream()
                .map(p -> new Nav(p[1], Urls.of(p[2], "account", accountParam), p[0].equals(page))).toList();
        List<AccountChoice> choices = accounts.stream()
                .map(a -> new AccountChoice(a.account(), a.account().equals(account), a.pending())).toList();
        return new Chrome(title, page, nav, choices, account, csrf, notice, "Z".equals(zone) ? "UTC" : zone, charts);
    }

    /** The path of the current page, for the account switcher's GET form. */
    public String path() {
        return nav.stream().filter(Nav::current).findFirst().map(n -> n.href().split("\\?")[0]).orElse("/");
    }

    public boolean severalAccounts() {
        return accounts.size() > 1;
    }

    public String version() {
        return AppInfo.version();
    }

    /** A link within the current account. */
    public String href(String path) {
        return Urls.of(path, "account", severalAccounts() ? account : null);
    }
}
