package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationKeysTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "https://www.linkedin.com/in/ana-invented-4821/          | in:ana-invented-4821",
        "https://www.linkedin.com/in/ana-invented-4821           | in:ana-invented-4821",
        "/in/ana-invented-4821/                                  | in:ana-invented-4821",
        "/in/Ana-Invented-4821?miniProfileUrn=urn%3Ali%3Afs#top  | in:ana-invented-4821",
        "https://fr.linkedin.com/in/zoe-exemple-77/              | in:zoe-exemple-77",
        "http://linkedin.com/in/zoe-exemple-77/overlay/contact/  | in:zoe-exemple-77",
        "//www.linkedin.com/in/zoe-exemple-77                    | in:zoe-exemple-77",
        "https://www.linkedin.com/in/jos%C3%A9-inventado-12/     | in:josé-inventado-12",
        "https://www.linkedin.com/in/%D0%B8%D0%B2%D0%B0%D0%BD-1/ | in:иван-1",
        "https://www.linkedin.com/in/a%2Fb/                      | in:ab",
        "https://www.linkedin.com/in/bad%E0%percent/             | in:bad%e0%percent",
        "  /in/trimmed-7/                                        | in:trimmed-7"})
    void profileKeys(String href, String key) {
        assertThat(InvitationKeys.keyForProfileHref(href)).isEqualTo(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "/mynetwork/invitation-manager/sent/", "https://www.linkedin.com/company/example/",
        "https://evil.example/in/ana/", "https://www.linkedin.com.evil.example/in/ana/",
        "/in/", "/in//", "https://www.linkedin.com/feed/?in/ana", "javascript:alert(1)//linkedin.com/in/x"})
    void notProfileLinks(String href) {
        assertThat(InvitationKeys.keyForProfileHref(href)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ana Invented                  | name:ana invented",
        "  Ana \u00A0 Invented\u202F   | name:ana invented",
        "Seán O’Invented               | name:seán o'invented",
        "Seán O'Invented               | name:seán o'invented",
        "Jo.Invented@Example.ORG       | email:jo.invented@example.org",
        "jo+leads@mail.example.co.uk   | email:jo+leads@mail.example.co.uk",
        "Ana @ Example Corp            | name:ana @ example corp",
        "Иван Выдуманный               | name:иван выдуманный",
        "<img src=x onerror=alert(1)>  | name:<img src=x onerror=alert(1)>",
        "李 发明                        | name:李 发明"})
    void nameKeys(String name, String key) {
        assertThat(InvitationKeys.keyForName(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0\u200B"})
    void blankNamesHaveNoKey(String name) {
        assertThat(InvitationKeys.keyForName(name)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ana-invented-4821 | https://www.linkedin.com/in/ana-invented-4821/",
        "josé-inventado-12 | https://www.linkedin.com/in/jos%C3%A9-inventado-12/",
        "a b?c#d%e         | https://www.linkedin.com/in/a%20b%3Fc%23d%25e/",
        "иван-1            | https://www.linkedin.com/in/%D0%B8%D0%B2%D0%B0%D0%BD-1/"})
    void canonicalUrls(String slug, String url) {
        assertThat(InvitationKeys.canonicalProfileUrl(slug)).isEqualTo(url);
    }

    @org.junit.jupiter.api.Test
    void canonicalUrlRoundTripsToTheSameKey() {
        String slug = InvitationKeys.slugFromHref("/in/Jos%C3%A9-Inventado-12/");
        assertThat(InvitationKeys.keyForProfileHref(InvitationKeys.canonicalProfileUrl(slug)))
                .isEqualTo("in:" + slug);
    }
}
