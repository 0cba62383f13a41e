package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing with the ledger's token store: the token survives a restart, is listed without its hash, and revokes at once. */
class PersistentTokensHttpTest {
    @TempDir
    Path dataDir;

    @Test
    void aPairedTokenSurvivesARestartAndIsRevokedAtOnce() {
        String token;
        try (LedgerAgent agent = new LedgerAgent(dataDir)) {
            token = agent.http.pair();
            assertThat(agent.http.get("/api/v1/accounts").bearer(token).origin(TestAgent.EXTENSION_ORIGIN).send().status())
                    .isEqualTo(200);
        }
        try (LedgerAgent restarted = new LedgerAgent(dataDir)) {
            TestAgent.Request accounts = restarted.http.get("/api/v1/accounts").bearer(token).origin(TestAgent.EXTENSION_ORIGIN);
            assertThat(accounts.send().status()).as("the pairing outlived the restart").isEqualTo(200);

            TestAgent.SessionCookie session = restarted.http.login();
            TestAgent.Response list = restarted.http.get("/api/v1/tokens").session(session).send();
            assertThat(list.status()).isEqualTo(200);
            JsonNode paired = null;
            for (JsonNode t : list.json()) {
                if (t.get("label").asText().equals("Test browser")) {
                    paired = t;
                }
            }
            assertThat(paired).isNotNull();
            assertThat(paired.get("origin").asText()).isEqualTo(TestAgent.EXTENSION_ORIGIN);
            assertThat(paired.get("lastUsedAt").isNull()).isFalse();
            assertThat(list.text()).doesNotContain(token, Secrets.hash(token));
            assertThat(list.json()).anySatisfy(t -> assertThat(t.get("origin").isNull()).as("script tokens show no origin").isTrue());

            TestAgent.Response revoked = restarted.http.request("DELETE", "/api/v1/tokens/" + paired.get("id").asLong())
                    .json("{}").apiHeader().session(session).send();
            assertThat(revoked.status()).isEqualTo(200);
            assertThat(accounts.send().status()).isEqualTo(401);
        }
    }
}
