package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorResponsesTest {
    @ParameterizedTest(name = "{0} Accept={1} -> html {2}")
    @CsvSource(nullValues = "NONE", value = {
            "/,                     'text/html,application/xhtml+xml', true",
            "/settings,             text/html,                         true",
            "/,                     application/json,                  false",
            "/,                     NONE,                              false",
            "/api/v1/invitations,   text/html,                         false",
            "/api/v1/session,       */*,                               false"})
    void onlyBrowsersAskingForAPageOutsideTheApiGetHtml(String path, String accept, boolean html) {
        assertThat(ErrorResponses.wantsHtml(path, accept)).isEqualTo(html);
    }
}
