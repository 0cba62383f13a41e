package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LocalizedWords#captionForm} turns texts down before folding them; whatever it turns down must
 * be neither a withdraw caption nor a "Load more" one in {@link PlainText#forMatching} form, and
 * whatever it keeps must be exactly that form.
 */
class CaptionFormTest {
    /** Pieces of captions, of names that start or look like them, and characters folding treats specially. */
    private static final List<String> PIECES = List.of(
            "Withdraw", "withdraw", "WITHDRAW", "Retirer", "Retirar", "Zurückziehen", "Zuru\u0308ckziehen", "Load", "more",
            "Show", "Ver", "mais", "Mostrar", "más", "Mehr", "anzeigen", "Afficher", "plus", "…", "...", ".", " ", "\u00A0",
            "\u200B", "\u200E", "\t", "\n", "’", "`", "İ", "Ŵ", "Ŕ", "Ž", "Łoad", "Ada", "Célia", "Björn", "Sørbø", "Zofia",
            "Wim", "Ystad", "w", "i", "é", "e\u0301", "ß", "K", "\u212A", "1", "(", ")", "Ö", "ü", "ﬁ", "\uD800",
            "Lo", "ad", "Vo", "ir", "Ch", "Ca", "Me", "hr", "Re", "ti", "Wi", "th", "Zu", "Sh", "Af", "Mo", "Vera", "Luca", "Maren");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithTheFullMatchingForm(long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
            s.append(r.nextInt(6) == 0 ? String.valueOf((char) r.nextInt(0x3000)) : PIECES.get(r.nextInt(PIECES.size())));
        }
        assertAgrees(s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Withdraw", " Zurückziehen ", "Zuru\u0308ckziehen", "Load more…", "Mostrar más ...", "Célia Wexford",
            "Ŵithdraw", "Ada Aldenhoff", "Björn Sørbø", "", " ", "\u200B", "Ver mais", "VER MÁS"})
    void examples(String s) {
        assertAgrees(s);
    }

    private static void assertAgrees(String raw) {
        String full = PlainText.forMatching(raw);
        boolean loadMore = LocalizedWords.isLoadMore(full);
        assertAgrees(raw, full, LocalizedWords.captionForm(raw, new MatchingText(), true), LocalizedWords.isWithdrawText(full) || loadMore);
        // A control already known to withdraw asks only for "Load more".
        assertAgrees(raw, full, LocalizedWords.captionForm(raw, new MatchingText(), false), loadMore);
    }

    private static void assertAgrees(String raw, String full, CharSequence form, boolean caption) {
        if (form == null) {
            assertThat(caption).as("turned down %s", raw).isFalse();
        } else {
            assertThat(form.toString()).as("form of %s", raw).isEqualTo(full);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Load more", "LOAD MORE…", "Ver más", "mehr laden ..."})
    void loadMoreIsKeptWhenOnlyLoadMoreIsAsked(String raw) {
        assertThat(LocalizedWords.captionForm(raw, new MatchingText(), false)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Withdraw", "Zurückziehen", "Retirer"})
    void withdrawIsTurnedDownWhenOnlyLoadMoreIsAsked(String raw) {
        assertThat(LocalizedWords.captionForm(raw, new MatchingText(), true)).isNotNull();
        assertThat(LocalizedWords.captionForm(raw, new MatchingText(), false)).isNull();
    }
}
