package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreeTextTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, ''",
            "'  Work laptop ', Work laptop",
            "'a\tb\nc', a b c",
            "'evil\u202Egnp.exe', evilgnp.exe",
            "'zero\u200Bwidth', zerowidth",
            "<img src=x onerror=alert(1)>, <img src=x onerror=alert(1)>"})
    void removesControlAndFormatCharactersButKeepsTheText(String input, String expected) {
        assertThat(FreeText.clean(input, 64)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"abcdef, 3, abc", "'\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00', 2, '\uD83D\uDE00\uD83D\uDE00'"})
    void capsTheLengthInCodePoints(String input, int max, String expected) {
        assertThat(FreeText.clean(input, max)).isEqualTo(expected);
    }
}
