package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

/** What every ParsedPage must satisfy, whatever the input. */
final class ParsedPageInvariants {
    /** A capped text is at most MAX_LENGTH code points plus the ellipsis. */
    private static final int MAX_TEXT = PlainText.MAX_LENGTH + 1;

    private ParsedPageInvariants() {}

    static void assertValid(ParsedPage page) {
        assertThat(page).isNotNull();
        assertThat(page.rows()).isNotNull().doesNotContainNull();
        assertThat(page.warnings()).isNotNull().doesNotContainNull().allSatisfy(w -> assertThat(w).isNotBlank());
        Coverage coverage = page.coverage();
        assertThat(coverage).isNotNull();
        assertThat(coverage.rowsSeen()).isEqualTo(page.rows().size());
        if (coverage.totalShown() != null) {
            assertThat(coverage.totalShown()).isNotNegative();
        }
        if (coverage.complete()) {
            assertThat(coverage.totalShown()).isEqualTo(coverage.rowsSeen());
        }
        if (page.rows().isEmpty() && (coverage.totalShown() == null || coverage.totalShown() > 0)) {
            assertThat(page.warnings()).anySatisfy(w -> assertThat(w).contains("layout"));
        }
        Set<String> keys = new HashSet<>();
        for (ParsedRow row : page.rows()) {
            assertThat(row.key()).matches("^(in|email|name):.+");
            assertThat(keys.add(row.key())).as("key %s is unique", row.key()).isTrue();
            assertThat(row.name()).isNotBlank();
            assertShortPlainText(row.name());
            assertShortPlainText(row.headline());
            assertShortPlainText(row.sentText());
            if (row.key().startsWith("in:")) {
                assertThat(row.profileUrl()).startsWith("https://www.linkedin.com/in/").endsWith("/");
            } else {
                assertThat(row.profileUrl()).isNull();
            }
            if (row.ageDays() != null) {
                assertThat(row.ageDays().min()).isNotNegative().isLessThanOrEqualTo(row.ageDays().max());
                assertThat(row.sentText()).isNotNull();
            }
        }
    }

    private static void assertShortPlainText(String s) {
        if (s == null) {
            return;
        }
        assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(MAX_TEXT);
        assertThat(s).isEqualTo(s.trim()).doesNotContain("\u00A0", "\n", "\t", "  ");
    }
}
