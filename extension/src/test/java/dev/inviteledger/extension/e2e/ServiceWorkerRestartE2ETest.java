package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Chrome stops an idle service worker at will: the extension must carry on from storage alone. */
class ServiceWorkerRestartE2ETest extends E2eTestBase {
    private static final String ACCOUNT = "sw-restart";

    @Test
    void overlayWorksAfterTheServiceWorkerWasStopped() throws Exception {
        Page page = openSent(ACCOUNT, FixturePages.genD());
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);

        Page extensionPage = env.browser.extensionPage("options.html");
        CDPSession cdp = env.browser.context.newCDPSession(extensionPage);
        Map<String, String> status = new ConcurrentHashMap<>();
        cdp.on("ServiceWorker.workerVersionUpdated", e -> {
            for (JsonElement v : e.getAsJsonArray("versions")) {
                JsonObject version = v.getAsJsonObject();
                if (version.get("scriptURL").getAsString().startsWith(env.browser.extensionOrigin)) {
                    status.put("worker", version.get("runningStatus").getAsString());
                }
            }
        });
        cdp.send("ServiceWorker.enable");
        cdp.send("ServiceWorker.stopAllWorkers");
        extensionPage.waitForCondition(() -> "stopped".equals(status.get("worker")),
                new Page.WaitForConditionOptions().setTimeout(10_000));

        page.reload(); // a new capture wakes a fresh worker, which finds port, account and token in storage
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(11, 15_000);
        assertThat(status.get("worker")).isNotEqualTo("stopped");
        cdp.detach();
        extensionPage.close();
    }
}
