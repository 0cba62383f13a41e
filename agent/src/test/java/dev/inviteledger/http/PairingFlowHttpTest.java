package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pairing end to end over real HTTP, as the extension and the status page will do it. */
class PairingFlowHttpTest {
    private static final String BODY = "{\"extensionId\":\"mhjnmdodfjeaggedjkkiamebofjnndfi\",\"extensionVersion\":\"0.1.0\","
            + "\"label\":\"Chromium on the work laptop\"}";

    private final TestAgent agent = new TestAgent();

    @AfterEach
    void stop() {
        agent.close();
    }

    private JsonNode requestPairing() {
        TestAgent.Response response = agent.post("/api/v1/pairing", BODY).origin(TestAgent.EXTENSION_ORIGIN).apiHeader().send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(TestAgent.EXTENSION_ORIGIN);
        return response.json();
    }

    private TestAgent.Response poll(String pairingId) {
        return agent.get("/api/v1/pairing/" + pairingId).origin(TestAgent.EXTENSION_ORIGIN).send();
    }

    @Test
    void requestApprovePollUseListRevoke() {
        JsonNode ticket = requestPairing();
        String pairingId = ticket.get("pairingId").asText();
        String code = ticket.get("code").asText();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{6}");
        assertThat(ticket.get("expiresAt").asText()).isEqualTo("2026-11-22T10:05:00Z");
        assertThat(poll(pairingId).json().get("status").asText()).isEqualTo("pending");

        // The user opens the status page and sees the request, without its code.
        TestAgent.SessionCookie session = agent.login();
        TestAgent.Response pending = agent.get("/api/v1/pairing").header("Cookie", session.cookie()).send();
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.json()).hasSize(1);
        assertThat(pending.json().get(0).get("pairingId").asText()).isEqualTo(pairingId);
        assertThat(pending.json().get(0).get("label").asText()).isEqualTo("Chromium on the work laptop");
        assertThat(pending.text()).doesNotContain(code);

        // A wrong code is refused; the code from the popup approves.
        String wrong = code.equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
        TestAgent.Response refused = agent.post("/api/v1/pairing/" + pairingId + "/approve", "{\"code\":\"" + wrong + "\"}")
                .apiHeader().session(session).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("wrong-code");
        TestAgent.Response approved = agent.post("/api/v1/pairing/" + pairingId + "/approve", "{\"code\":\"" + code + "\"}")
                .apiHeader().session(session).origin(agent.selfOrigin()).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("approved");
        assertThat(agent.tokens.list()).isEmpty();

        // The next poll returns the token, once.
        TestAgent.Response first = poll(pairingId);
        assertThat(first.json().get("status").asText()).isEqualTo("approved");
        String token = first.json().get("token").asText();
        assertThat(token).hasSize(43);
        TestAgent.Response second = poll(pairingId);
        assertThat(second.json().get("status").asText()).isEqualTo("approved");
        assertThat(second.json().get("token").isNull()).isTrue();

        // Only the hash is stored, bound to the extension's origin.
        assertThat(agent.tokens.list()).singleElement().satisfies(t -> {
            assertThat(t.hash()).isEqualTo(Secrets.hash(token)).isNotEqualTo(token);
            assertThat(t.origin()).isEqualTo(TestAgent.EXTENSION_ORIGIN);
        });

        // The token works.
        TestAgent.Response link = agent.post("/api/v1/login-links", "{}").apiHeader().bearer(token).origin(TestAgent.EXTENSION_ORIGIN).send();
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        assertThat(link.json().get("url").asText()).startsWith("http://127.0.0.1:" + agent.port() + "/login?key=");

        // The status page lists it without the hash and revokes it.
        TestAgent.Response tokens = agent.get("/api/v1/tokens").header("Cookie", session.cookie()).send();
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.json()).hasSize(1);
        JsonNode listed = tokens.json().get(0);
        assertThat(listed.get("active").asBoolean()).isTrue();
        assertThat(listed.get("label").asText()).isEqualTo("Chromium on the work laptop");
        assertThat(listed.get("lastUsedAt").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(listed.has("hash")).isFalse();
        assertThat(tokens.text()).doesNotContain(token, Secrets.hash(token));

        TestAgent.Response revoked = agent.request("DELETE", "/api/v1/tokens/" + listed.get("id").asLong())
                .json("{}").apiHeader().session(session).send();
        assertThat(revoked.status()).isEqualTo(200);
        TestAgent.Response again = agent.request("DELETE", "/api/v1/tokens/" + listed.get("id").asLong())
                .json("{}").apiHeader().session(session).send();
        assertThat(again.status()).isEqualTo(404);

        // A revoked token is refused.
        TestAgent.Response afterRevoke = agent.post("/api/v1/login-links", "{}").apiHeader().bearer(token).origin(TestAgent.EXTENSION_ORIGIN).send();
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.error()).isEqualTo("invalid-token");
    }

    @Test
    void aDeniedRequestGetsNoToken() {
        String pairingId = requestPairing().get("pairingId").asText();
        TestAgent.SessionCookie session = agent.login();
        TestAgent.Response denied = agent.post("/api/v1/pairing/" + pairingId + "/deny", "{}").apiHeader().session(session).send();
        assertThat(denied.status()).isEqualTo(200);
        assertThat(denied.json().get("status").asText()).isEqualTo("denied");
        TestAgent.Response poll = poll(pairingId);
        assertThat(poll.json().get("status").asText()).isEqualTo("denied");
        assertThat(poll.json().get("token").isNull()).isTrue();
        assertThat(agent.tokens.list()).isEmpty();
    }

    @Test
    void anUnansweredRequestExpiresAfterFiveMinutes() {
        JsonNode ticket = requestPairing();
        agent.clock.advance(Duration.ofMinutes(5));
        assertThat(poll(ticket.get("pairingId").asText()).json().get("status").asText()).isEqualTo("expired");
        TestAgent.SessionCookie session = agent.login();
        TestAgent.Response late = agent.post("/api/v1/pairing/" + ticket.get("pairingId").asText() + "/approve",
                "{\"code\":\"" + ticket.get("code").asText() + "\"}").apiHeader().session(session).send();
        assertThat(late.status()).isEqualTo(409);
        assertThat(agent.tokens.list()).isEmpty();
    }

    @Test
    void aFloodOfRequestsIsCapped() {
        for (int i = 0; i < PairingService.MAX_PENDING; i++) {
            requestPairing();
        }
        TestAgent.Response fourth = agent.post("/api/v1/pairing", BODY).origin(TestAgent.EXTENSION_ORIGIN).apiHeader().send();
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.error()).isEqualTo("too-many-pairing-requests");
        assertThat(agent.server.pairing().pending()).hasSize(3);
    }

    @Test
    void onlyTheExtensionCanAskAndOnlyItCanPoll() {
        for (String origin : new String[] {null, "SELF"}) {
            TestAgent.Request request = agent.post("/api/v1/pairing", BODY).apiHeader();
            if (origin != null) {
                request.origin(agent.selfOrigin());
            }
            TestAgent.Response response = request.send();
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.error()).isEqualTo("extension-origin-required");
        }
        assertThat(agent.server.pairing().pending()).isEmpty();

        String pairingId = requestPairing().get("pairingId").asText();
        TestAgent.Response fromPage = agent.get("/api/v1/pairing/" + pairingId).origin(agent.selfOrigin()).send();
        assertThat(fromPage.status()).isEqualTo(404);
        TestAgent.Response guess = agent.get("/api/v1/pairing/" + Secrets.newSecret()).origin(TestAgent.EXTENSION_ORIGIN).send();
        assertThat(guess.status()).isEqualTo(404);
    }

    @Test
    void theRequestMustNameItsOwnExtensionAndAVersion() {
        TestAgent.Response otherId = agent.post("/api/v1/pairing", "{\"extensionId\":\"" + "b".repeat(32) + "\",\"extensionVersion\":\"1\"}")
                .origin(TestAgent.EXTENSION_ORIGIN).apiHeader().send();
        assertThat(otherId.status()).isEqualTo(400);
        TestAgent.Response noVersion = agent.post("/api/v1/pairing", "{\"label\":\"x\"}").origin(TestAgent.EXTENSION_ORIGIN).apiHeader().send();
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().get("message").asText()).contains("extensionVersion");
        assertThat(agent.server.pairing().pending()).isEmpty();
    }

    @Test
    void approvingNeedsTheSessionNotAToken() {
        String pairingId = requestPairing().get("pairingId").asText();
        String code = "ABCDEF";
        String token = agent.server.tokenIssuer().issue(TestAgent.EXTENSION_ORIGIN, "old pairing").token();
        TestAgent.Response withToken = agent.post("/api/v1/pairing/" + pairingId + "/approve", "{\"code\":\"" + code + "\"}")
                .apiHeader().bearer(token).origin(TestAgent.EXTENSION_ORIGIN).send();
        assertThat(withToken.status()).isEqualTo(403);
        assertThat(withToken.error()).isEqualTo("session-required");
        TestAgent.Response anonymous = agent.post("/api/v1/pairing/" + pairingId + "/approve", "{\"code\":\"x\"}").apiHeader().send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(agent.server.pairing().pending()).hasSize(1);
    }

    @Test
    void theSessionEndsOnSignOut() {
        TestAgent.SessionCookie session = agent.login();
        assertThat(agent.request("DELETE", "/api/v1/session").json("{}").apiHeader().session(session).send().status()).isEqualTo(204);
        assertThat(agent.get("/api/v1/tokens").header("Cookie", session.cookie()).send().status()).isEqualTo(401);
    }
}
