package dev.inviteledger.extension.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The extension's content-script world in one page, reached through the DevTools protocol (as the
 * DevTools console's context picker does). Lets a test run code where the extension's own code runs:
 * to instrument it, or to produce exactly the capture the extension sends.
 */
final class ExtensionWorld {
    private final CDPSession cdp;
    private final List<JsonObject> contexts = new CopyOnWriteArrayList<>();
    private final Page page;

    /** Call before the page navigates, so the world's creation is seen. */
    ExtensionWorld(ExtensionBrowser browser, Page page) {
        this.page = page;
        this.cdp = browser.context.newCDPSession(page);
        cdp.on("Runtime.executionContextCreated", e -> contexts.add(e.getAsJsonObject("context")));
        cdp.send("Runtime.enable");
    }

    /** Evaluates in the newest content-script world of Invite Ledger (awaiting a returned promise). */
    Object evaluate(String expression) {
        page.waitForCondition(() -> contexts.stream().anyMatch(ExtensionWorld::isOurs));
        int id = contexts.stream().filter(ExtensionWorld::isOurs).reduce((a, b) -> b).orElseThrow().get("id").getAsInt();
        JsonObject args = new JsonObject();
        args.addProperty("expression", expression);
        args.addProperty("contextId", id);
        args.addProperty("returnByValue", true);
        args.addProperty("awaitPromise", true);
        JsonObject answer = cdp.send("Runtime.evaluate", args);
        if (answer.has("exceptionDetails")) {
            throw new AssertionError("evaluation in the extension's world failed: " + answer.get("exceptionDetails"));
        }
        JsonElement value = answer.getAsJsonObject("result").get("value");
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            return value.getAsInt();
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** The sanitized HTML the extension sends for the page as it is now (the extension's own serializer). */
    String capture() {
        return (String) evaluate("InviteLedger.serializeRegion(InviteLedger.findRegion(), () => false).then(s => s.html)");
    }

    void detach() {
        cdp.detach();
    }

    private static boolean isOurs(JsonObject c) {
        return c.has("origin") && c.get("origin").getAsString().startsWith("chrome-extension://" + E2eSettings.EXTENSION_ID);
    }
}
