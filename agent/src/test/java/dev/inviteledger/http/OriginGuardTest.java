package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inviteledger.config.AppInfo;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginGuardTest {
    private final OriginGuard guard = new OriginGuard(AgentAddress.fixed(27121), Set.of(AppInfo.EXTENSION_ID));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "ABSENT", value = {
            "ABSENT,                                                   NONE",
            "http://127.0.0.1:27121,                                   SELF",
            "http://localhost:27121,                                   SELF",
            "http://LOCALHOST:27121,                                   SELF",
            "chrome-extension://mhjnmdodfjeaggedjkkiamebofjnndfi,      EXTENSION",
            "chrome-extension://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,      FOREIGN",
            "chrome-extension://mhjnmdodfjeaggedjkkiamebofjnndfi/,     FOREIGN",
            "chrome-extension://MHJNMDODFJEAGGEDJKKIAMEBOFJNNDFI,      FOREIGN",
            "moz-extension://mhjnmdodfjeaggedjkkiamebofjnndfi,         FOREIGN",
            "null,                                                     FOREIGN",
            "https://evil.example,                                     FOREIGN",
            "http://evil.example:27121,                                FOREIGN",
            "https://127.0.0.1:27121,                                  FOREIGN",
            "http://127.0.0.1:27122,                                   FOREIGN",
            "http://127.0.0.1,                                         FOREIGN",
            "http://127.0.0.1:27121/,                                  FOREIGN",
            "file://,                                                  FOREIGN",
            "'',                                                       FOREIGN",
            "*,                                                        FOREIGN"})
    void classifiesOrigins(String origin, OriginGuard.Kind expected) {
        assertThat(guard.classify(origin)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"})
    void extraExtensionIdsCanBeAllowed(String extraId) {
        OriginGuard withStoreBuild = new OriginGuard(AgentAddress.fixed(27121), Set.of(AppInfo.EXTENSION_ID, extraId));
        assertThat(withStoreBuild.classify("chrome-extension://" + extraId)).isEqualTo(OriginGuard.Kind.EXTENSION);
    }

    @ParameterizedTest
    @CsvSource({"Authorization", "Content-Type", "X-Invite-Ledger-Api"})
    void preflightAllowsTheHeadersTheExtensionSends(String header) {
        assertThat(OriginGuard.ALLOW_HEADERS).contains(header);
        assertThat(OriginGuard.ALLOW_HEADERS).doesNotContain("*");
    }
}
