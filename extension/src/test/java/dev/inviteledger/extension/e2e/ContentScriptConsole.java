package dev.inviteledger.extension.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Console output and uncaught errors of the content scripts. Playwright's page console events only
 * cover the page's main world; the DevTools protocol reports every world, ours included.
 */
final class ContentScriptConsole {
    private ContentScriptConsole() {}

    static CDPSession attach(BrowserContext context, Page page, Consumer<String> sink) {
        CDPSession cdp = context.newCDPSession(page);
        cdp.on("Runtime.consoleAPICalled", e -> {
            List<String> parts = new ArrayList<>();
            for (JsonElement arg : e.getAsJsonArray("args")) {
                JsonObject a = arg.getAsJsonObject();
                parts.add(a.has("value") ? a.get("value").getAsString() : a.has("description") ? a.get("description").getAsString() : a.toString());
            }
            String text = String.join(" ", parts);
            if (text.startsWith("[invite-ledger]") || "error".equals(e.get("type").getAsString())) {
                sink.accept(e.get("type").getAsString() + ": " + text);
            }
        });
        cdp.on("Runtime.exceptionThrown", e -> {
            JsonObject details = e.getAsJsonObject("exceptionDetails");
            String text = details.has("exception") && details.getAsJsonObject("exception").has("description")
                    ? details.getAsJsonObject("exception").get("description").getAsString() : details.toString();
            sink.accept("uncaught: " + text);
        });
        cdp.send("Runtime.enable");
        return cdp;
    }
}
