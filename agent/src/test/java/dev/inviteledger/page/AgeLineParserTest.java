package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeLineParserTest {

    static Stream<Arguments> readable() {
        return Stream.of(
                // en
                Arguments.of("Sent today", 0, 0),
                Arguments.of("Sent yesterday", 1, 1),
                Arguments.of("Sent 5 seconds ago", 0, 0),
                Arguments.of("Sent 5 minutes ago", 0, 0),
                Arguments.of("Sent an hour ago", 0, 0),
                Arguments.of("Sent 23 hours ago", 0, 0),
                Arguments.of("Sent 1 day ago", 1, 1),
                Arguments.of("Sent 3 days ago", 3, 3),
                Arguments.of("Sent 1 week ago", 7, 13),
                Arguments.of("Sent a week ago", 7, 13),
                Arguments.of("Sent 2 weeks ago", 14, 20),
                Arguments.of("Sent a month ago", 30, 59),
                Arguments.of("Sent one month ago", 30, 59),
                Arguments.of("Sent 1 month ago", 30, 59),
                Arguments.of("Sent 5 months ago", 150, 179),
                Arguments.of("Sent a year ago", 365, 729),
                Arguments.of("Sent 2 years ago", 730, 1094),
                Arguments.of("Sent 2 wks ago", 14, 20),
                Arguments.of("2 weeks ago", 14, 20),          // older builds without "Sent"
                Arguments.of("3 days ago", 3, 3),
                Arguments.of("SENT 3 DAYS AGO", 3, 3),
                Arguments.of("Sent\u00A01\u00A0month\u00A0ago", 30, 59),   // NBSP
                Arguments.of("Sent\u202F2 weeks\tago.", 14, 20),            // narrow NBSP, tab, full stop
                Arguments.of(" · Sent 3 days ago ", 3, 3),
                // fr
                Arguments.of("Envoyée aujourd’hui", 0, 0),
                Arguments.of("Envoyé aujourd'hui", 0, 0),
                Arguments.of("Envoyée hier", 1, 1),
                Arguments.of("Envoyée il y a 3 jours", 3, 3),
                Arguments.of("Envoyé il y a 1 jour", 1, 1),
                Arguments.of("Envoyée il y a 1 semaine", 7, 13),
                Arguments.of("Envoyée il y a 3 semaines", 21, 27),
                Arguments.of("Envoyée il y a un mois", 30, 59),
                Arguments.of("Envoyée il y a 2 mois", 60, 89),
                Arguments.of("Envoyée il y a 1 an", 365, 729),
                Arguments.of("Envoyée il y a 3 ans", 1095, 1459),
                Arguments.of("Envoyée il y a une heure", 0, 0),
                Arguments.of("Envoyée il y a 2 années", 730, 1094),
                Arguments.of("il y a 4 jours", 4, 4),
                Arguments.of("Envoyée\u00A0il\u00A0y\u00A0a\u00A03\u00A0semaines", 21, 27),
                // es
                Arguments.of("Enviada hoy", 0, 0),
                Arguments.of("Enviado ayer", 1, 1),
                Arguments.of("Enviada hace 5 días", 5, 5),
                Arguments.of("Enviada hace 1 día", 1, 1),
                Arguments.of("Enviada hace una semana", 7, 13),
                Arguments.of("Enviada hace 2 semanas", 14, 20),
                Arguments.of("Enviado hace un mes", 30, 59),
                Arguments.of("Enviada hace 3 meses", 90, 119),
                Arguments.of("Enviada hace 1 año", 365, 729),
                Arguments.of("Enviada hace 2 años", 730, 1094),
                Arguments.of("Enviada hace 10 minutos", 0, 0),
                Arguments.of("hace 3 horas", 0, 0),
                // de
                Arguments.of("Heute gesendet", 0, 0),
                Arguments.of("Gestern gesendet", 1, 1),
                Arguments.of("Vor 2 Tagen gesendet", 2, 2),
                Arguments.of("Vor 1 Tag gesendet", 1, 1),
                Arguments.of("Vor einem Tag gesendet", 1, 1),
                Arguments.of("Vor 1 Woche gesendet", 7, 13),
                Arguments.of("Vor einer Woche gesendet", 7, 13),
                Arguments.of("Vor 2 Wochen gesendet", 14, 20),
                Arguments.of("vor 1 Monat", 30, 59),
                Arguments.of("Vor 3 Monaten gesendet", 90, 119),
                Arguments.of("Vor 1 Jahr gesendet", 365, 729),
                Arguments.of("Vor 2 Jahren gesendet", 730, 1094),
                Arguments.of("Vor 5 Minuten gesendet", 0, 0),
                Arguments.of("Vor 3 Stunden gesendet", 0, 0),
                Arguments.of("Gesendet vor 4 Tagen", 4, 4),
                // pt
                Arguments.of("Enviado hoje", 0, 0),
                Arguments.of("Enviado ontem", 1, 1),
                Arguments.of("Enviado há 6 dias", 6, 6),
                Arguments.of("Enviado há 1 dia", 1, 1),
                Arguments.of("Enviado há uma semana", 7, 13),
                Arguments.of("Enviado há 3 semanas", 21, 27),
                Arguments.of("Enviado há 1 mês", 30, 59),
                Arguments.of("Enviado há um mês", 30, 59),
                Arguments.of("Enviado há 2 meses", 60, 89),
                Arguments.of("há 1 ano", 365, 729),
                Arguments.of("Enviado há 4 anos", 1460, 1824),
                Arguments.of("Enviada há 2 horas", 0, 0));
    }

    @ParameterizedTest(name = "{0} -> [{1},{2}]")
    @MethodSource("readable")
    void readsEveryLocaleAndVariant(String line, int min, int max) {
        assertThat(AgeLineParser.parse(line)).isEqualTo(new AgeDays(min, max));
        assertThat(AgeLineParser.looksLikeAgeLine(line)).isTrue();
    }

    /** Shaped like an age line but not readable: unknown, never a guess. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Sent last spring", "Sent a while ago", "Sent 3 fortnights ago", "Sent a few days ago",
        "Sent on 3 Mar", "Envoyée il y a longtemps", "Enviada hace poco", "Vor kurzem gesendet",
        "Sent 999999 years ago", "Sent -3 days ago"})
    void unknownWordingIsNotGuessed(String line) {
        assertThat(AgeLineParser.parse(line)).isNull();
        assertThat(AgeLineParser.looksLikeAgeLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "Ana Invented", "Sent you a post", "Product designer at Example Corp",
        "Withdraw", "People (37)", "Sentiment analyst", "3 days", "ago"})
    void otherTextIsNotAnAge(String line) {
        assertThat(AgeLineParser.parse(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana Invented", "Product designer at Example Corp", "Sentiment analyst", "People (37)"})
    void ordinaryTextDoesNotLookLikeAnAgeLine(String line) {
        assertThat(AgeLineParser.looksLikeAgeLine(line)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void nullAndOverlongAreUnknown() {
        assertThat(AgeLineParser.parse(null)).isNull();
        assertThat(AgeLineParser.parse("Sent 3 days ago" + " ".repeat(100))).isNull();
        assertThat(AgeLineParser.looksLikeAgeLine(null)).isFalse();
    }
}
