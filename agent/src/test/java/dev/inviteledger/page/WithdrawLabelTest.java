package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LocalizedWords#namesInvitee} decides from the raw label, without the name, what
 * {@link LocalizedWords#withdrawLabelName} decides by cutting the name out: they must always agree.
 */
class WithdrawLabelTest {
    /** Pieces of labels in every language, and characters normalising treats specially. */
    private static final List<String> PIECES = List.of(
            "Withdraw ", "invitation sent to ", "Invitation Sent To ", "INVITATION SENT TO ", "invitation sent to",
            "Retirer l’invitation envoyée à ", "Retirar invitación enviada a ", "Retirar convite enviado para ",
            "Einladung an ", " zurückziehen", "Ana Invented", "Zoé", " ", "  ", "\u00A0", "\u202F", "\u200B", "\u200E",
            "\u200D", "\t", "\n", "\u0000", "\u0085", "\u00AD", "\uFEFF", "ınvitation sent to ", "İ", "\u212A", "·", "🌻",
            "فاطمة", "\uD800", "x".repeat(310), "to ", "sent ");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 2000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithCuttingTheNameOut(long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 1 + r.nextInt(5); i > 0; i--) {
            s.append(r.nextInt(8) == 0 ? String.valueOf((char) r.nextInt(0x3000)) : PIECES.get(r.nextInt(PIECES.size())));
        }
        assertAgrees(s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Withdraw invitation sent to Ana Invented", "Withdraw invitation sent to ",
            "Withdraw invitation sent to \u200B\u00A0", "Withdraw invitation sent to \u200Dx", "invitation sent to \t\n\u0085",
            "Withdraw invitation sent to \uD800", "Withdraw invitation sent to\u00A0Ana", "Einladung an Jo zurückziehen", "Like", ""})
    void examples(String label) {
        assertAgrees(label);
    }

    private static void assertAgrees(String label) {
        assertThat(LocalizedWords.namesInvitee(label)).as("label %s", label)
                .isEqualTo(LocalizedWords.withdrawLabelName(label) != null);
    }
}
