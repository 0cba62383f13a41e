package dev.inviteledger.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The anonymizer's text search: names as markup writes them, never inside longer words. */
class AnonymizerReplacerTest {

    @Test
    void findsNamesAsMarkupWritesThem() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("Ada Example", "Person 1");
        names.put("Ada Example-Smith", "Person 2");
        names.put("Zoë O’Brien", "Person 3");
        FixtureAnonymizer.Replacer replacer = new FixtureAnonymizer.Replacer(names);
        assertThat(replacer.apply("Withdraw invitation sent to Ada\u00a0 Example")).isEqualTo("Withdraw invitation sent to Person 1");
        assertThat(replacer.apply("ada example-smith’s profile picture")).isEqualTo("Person 2’s profile picture");
        assertThat(replacer.apply("Hi \u202aZoë O'Brien\u202c!")).isEqualTo("Hi \u202aPerson 3\u202c!");
        assertThat(replacer.apply("Ada Examples and Ada Exampled")).as("not inside a longer word").isEqualTo("Ada Examples and Ada Exampled");
        assertThat(replacer.apply("Ada Example, Ada Example")).isEqualTo("Person 1, Person 1");
        assertThat(replacer.apply("")).isEmpty();
    }

    @Test
    void aTextCutByTheParserIsReplacedToTheEnd() {
        FixtureAnonymizer.Replacer replacer = new FixtureAnonymizer.Replacer(Map.of("Synergy evangel…", "Headline 1"));
        assertThat(replacer.apply("  Synergy evangelist Synergy evangelist")).isEqualTo("  Headline 1");
    }

    @RepeatedTest(50)
    void randomNamesInRandomNoiseAreAlwaysFoundAndNothingElseChanges(RepetitionInfo repetition) {
        Random random = new Random(9_000L + repetition.getCurrentRepetition());
        String name = word(random) + " " + word(random);
        String noisy = name.replace(" ", random.nextBoolean() ? "\u00a0" : "  ");
        // An invisible mark before the name stays where it was; one inside the name goes with it.
        String mark = random.nextBoolean() ? "\u200e" : "";
        if (random.nextBoolean()) {
            noisy = noisy.toUpperCase();
        }
        noisy = noisy.substring(0, 1) + "\u200b" + noisy.substring(1);
        String before = word(random) + " ";
        String after = random.nextBoolean() ? "." : " " + word(random);
        FixtureAnonymizer.Replacer replacer = new FixtureAnonymizer.Replacer(Map.of(name, "Person 1"));
        assertThat(replacer.apply(before + mark + noisy + after)).isEqualTo(before + mark + "Person 1" + after);
        assertThat(replacer.apply(before + after)).isEqualTo(before + after);
        assertThat(replacer.apply(before + noisy + "x" + after)).as("glued to a longer word").isEqualTo(before + noisy + "x" + after);
    }

    private static String word(Random random) {
        String letters = "abcdefghijklmnopqrstuvwxyzéüø";
        StringBuilder sb = new StringBuilder();
        sb.append(Character.toUpperCase(letters.charAt(random.nextInt(letters.length()))));
        for (int i = 0, n = 2 + random.nextInt(8); i < n; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
