package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WriteGuardTest {
    private final WriteGuard guard = new WriteGuard(1,
            Map.of(new WriteGuard.RouteKey("POST", "/api/v1/import"), WriteGuard.MULTIPART,
                    new WriteGuard.RouteKey("POST", "/api/v1/captures"), WriteGuard.HTML),
            Set.of(new WriteGuard.RouteKey("POST", "/settings")));

    @ParameterizedTest(name = "{0} {1} type={2} api={3} -> {4} {5}")
    @CsvSource(nullValues = "ABSENT", value = {
            // reads need nothing, but a stated version must match
            "GET,    /api/v1/health,     ABSENT,                                  ABSENT, 0,   ''",
            "GET,    /api/v1/health,     ABSENT,                                  1,      0,   ''",
            "GET,    /api/v1/health,     ABSENT,                                  2,      412, api-version-mismatch",
            "OPTIONS,/api/v1/pairing,    ABSENT,                                  ABSENT, 0,   ''",
            // JSON writes
            "POST,   /api/v1/pairing,    application/json,                        1,      0,   ''",
            "POST,   /api/v1/pairing,    application/json; charset=utf-8,         1,      0,   ''",
            "POST,   /api/v1/pairing,    APPLICATION/JSON;charset=\"UTF-8\",        1,      0,   ''",
            "PUT,    /api/v1/settings,   application/json,                        1,      0,   ''",
            "PATCH,  /api/v1/x,          application/json,                        1,      0,   ''",
            "DELETE, /api/v1/tokens/3,   application/json,                        1,      0,   ''",
            "POST,   /api/v1/pairing,    application/json; charset=iso-8859-1,    1,      415, unsupported-charset",
            // CSRF-able content types
            "POST,   /api/v1/pairing,    text/plain,                              1,      415, unsupported-content-type",
            "POST,   /api/v1/pairing,    text/plain; charset=utf-8,               ABSENT, 415, unsupported-content-type",
            "POST,   /api/v1/pairing,    application/x-www-form-urlencoded,       1,      415, unsupported-content-type",
            "POST,   /api/v1/pairing,    multipart/form-data; boundary=x,         1,      415, unsupported-content-type",
            "POST,   /api/v1/pairing,    ABSENT,                                  1,      415, unsupported-content-type",
            "DELETE, /api/v1/tokens/3,   ABSENT,                                  1,      415, unsupported-content-type",
            "POST,   /api/v1/pairing,    application/jsonp,                       1,      415, unsupported-content-type",
            "POST,   /api/v1/pairing,    application/json-seq,                    1,      415, unsupported-content-type",
            // the custom header
            "POST,   /api/v1/pairing,    application/json,                        ABSENT, 400, api-header-required",
            "POST,   /api/v1/pairing,    application/json,                        2,      412, api-version-mismatch",
            "POST,   /api/v1/pairing,    application/json,                        0,      412, api-version-mismatch",
            "POST,   /api/v1/pairing,    application/json,                        one,    400, bad-api-header",
            "POST,   /api/v1/pairing,    application/json,                        '',     400, bad-api-header",
            // declared exceptions
            "POST,   /api/v1/import,     multipart/form-data; boundary=x,         1,      0,   ''",
            "POST,   /api/v1/import,     multipart/form-data; boundary=x,         ABSENT, 400, api-header-required",
            "POST,   /api/v1/import,     application/json,                        1,      0,   ''",
            "PUT,    /api/v1/import,     multipart/form-data; boundary=x,         1,      415, unsupported-content-type",
            "POST,   /api/v1/captures,   text/html,                               1,      0,   ''",
            "POST,   /api/v1/captures,   text/html; charset=UTF-8,                1,      0,   ''",
            "POST,   /api/v1/captures,   application/json,                        1,      0,   ''",
            "POST,   /api/v1/captures,   text/html,                               ABSENT, 400, api-header-required",
            "POST,   /api/v1/captures,   text/html; charset=windows-1252,         1,      415, unsupported-charset",
            "POST,   /api/v1/captures,   text/plain,                              1,      415, unsupported-content-type",
            "POST,   /api/v1/captures/,  text/html,                               1,      415, unsupported-content-type",
            "PUT,    /api/v1/captures,   text/html,                               1,      415, unsupported-content-type",
            "POST,   /api/v1/pairing,    text/html,                               1,      415, unsupported-content-type",
            "POST,   /api/v1/import,     text/html,                               1,      415, unsupported-content-type",
            "POST,   /settings,          application/x-www-form-urlencoded,       ABSENT, 0,   ''",
            "POST,   /settings/,         application/x-www-form-urlencoded,       ABSENT, 415, unsupported-content-type",
            "POST,   /settings,          multipart/form-data; boundary=x,         ABSENT, 0,   ''",
            "POST,   /settings,          text/plain,                              ABSENT, 415, unsupported-content-type",
            "POST,   /other,             application/x-www-form-urlencoded,       ABSENT, 415, unsupported-content-type"})
    void checks(String method, String path, String contentType, String apiHeader, int status, String code) {
        Optional<ApiError> error = guard.check(method, path, contentType, apiHeader);
        if (status == 0) {
            assertThat(error).isEmpty();
        } else {
            assertThat(error).hasValueSatisfying(e -> {
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.code()).isEqualTo(code);
            });
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 'The extension speaks API v2, the agent speaks v1: update the agent'",
                "0, 'The extension speaks API v0, the agent speaks v1: update the extension'"})
    void aVersionMismatchSaysWhatToUpdate(String spoken, String expected) {
        assertThat(guard.check("POST", "/api/v1/pairing", "application/json", spoken))
                .hasValueSatisfying(e -> assertThat(e.getMessage()).startsWith(expected));
    }

    @ParameterizedTest(name = "{0} {1} as {2}: form submission {3}")
    @CsvSource(nullValues = "ABSENT", value = {
            "POST, /settings,      application/x-www-form-urlencoded,                true",
            "POST, /settings,      multipart/form-data; boundary=x,                  true",
            "POST, /settings,      application/json,                                 false",
            "GET,  /settings,      application/x-www-form-urlencoded,                false",
            "POST, /api/v1/import, multipart/form-data; boundary=x,                  false",
            "POST, /api/v1/x,      application/x-www-form-urlencoded,                false",
            "POST, /settings,      ABSENT,                                           false"})
    void aFormSubmissionIsAFormRouteSentAsAForm(String method, String path, String contentType, boolean form) {
        // the token guard takes the CSRF token from the form only then, from the header otherwise
        assertThat(guard.isFormSubmission(method, path, contentType)).isEqualTo(form);
    }
}
