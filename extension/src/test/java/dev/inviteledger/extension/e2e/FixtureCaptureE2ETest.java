package dev.inviteledger.extension.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * "Save this page as a test fixture": the same sanitized capture the overlay is built from is
 * stored by the agent, and replaying that file gives the answer the overlay showed.
 */
class FixtureCaptureE2ETest extends E2eTestBase {
    private static final String ACCOUNT = "fixture";

    @Test
    void aSavedFixtureReplaysToWhatTheOverlayShowed() throws Exception {
        Page page = openSent(ACCOUNT, FixturePages.genD());
        Overlay overlay = new Overlay(page);
        overlay.waitForPanelState("ok", 30_000);
        overlay.waitForBadges(11, 15_000);

        Path plain = Path.of(saveFixture(false));
        Path anonymized = Path.of(saveFixture(true));
        String plainHtml = Files.readString(plain, StandardCharsets.UTF_8);
        assertThat(plainHtml).contains("Ines Marchetti").doesNotContain("<script", "<img", "<style", "data-name").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Files.readString(anonymized, StandardCharsets.UTF_8)).doesNotContain("Ines Marchetti", "ines-marchetti-7");

        JsonNode replayed = replay(plain);
        assertThat(replayed.path("invitations")).hasSize(11);
        for (JsonNode inv : replayed.path("invitations")) {
            String slug = Expected.slug(inv);
            Locator badge = slug != null ? overlay.badgeOfSlug(slug) : overlay.badgeOfLabel(inv.path("name").asText());
            assertThat(Overlay.part(badge, "status")).as("status of %s", inv.path("name").asText()).isEqualTo(Expected.status(inv));
        }
    }

    /** What the popup's button does: ask the Sent tab's content script, which hands the capture to the worker. */
    private String saveFixture(boolean anonymize) {
        Page extensionPage = env.browser.extensionPage("popup.html");
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) extensionPage.evaluate("async (anonymize) => {"
                    + " const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/mynetwork/invitation-manager/sent/*' });"
                    + " return chrome.tabs.sendMessage(tab.id, { type: 'fixture-capture', anonymize }); }", anonymize);
            assertThat(answer).as("answer to the fixture request").containsEntry("ok", true);
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) answer.get("data");
            return (String) data.get("path");
        } finally {
            extensionPage.close();
        }
    }

    private static JsonNode replay(Path fixture) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-jar", E2eSettings.agentJar().toString(), "replay", "--json", fixture.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("replay exit code").isZero();
        return AgentApi.JSON.readTree(out);
    }
}
