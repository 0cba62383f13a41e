package dev.inviteledger.bench;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Invented people for generated pages: names, unique profile slugs, headlines and notes. Nobody here exists;
 * the same seed always yields the same people in the same order.
 */
final class InventedPeople {
    record Person(String name, String slug, String headline) {}

    private static final String[] FIRST = {"Ada", "Bram", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hugo",
            "Ines", "Jonas", "Kaia", "Luca", "Maren", "Nils", "Oona", "Pavel", "Quinn", "Rosa", "Sami", "Tove",
            "Ugo", "Vera", "Wim", "Xenia", "Yusuf", "Zofia", "Anouk", "Björn", "Célia", "Dário"};
    private static final String[] LAST = {"Aldenhoff", "Brakstad", "Castellví", "Dunmore", "Eskildsen", "Ferreira",
            "Grünwald", "Halloran", "Ibarguen", "Jankowska", "Kettunen", "Lindqvist", "Moreau", "Nakashima",
            "Okonkwo", "Petrakis", "Quillfeldt", "Rasmussen", "Sørbø", "Tremblay", "Uriarte", "Valcourt",
            "Wexford", "Ystad", "Zielinski"};
    private static final String[] ROLE = {"Product Manager", "Data Engineer", "Head of Sales", "Recruiter",
            "Founder", "UX Researcher", "Backend Developer", "Account Executive", "CFO", "Growth Lead"};
    private static final String[] ORG = {"Northwind Labs", "Fjordline Analytics", "Quartz & Kettle", "Helio Freight",
            "Bluegate Health", "Orchard Robotics", "Tessellate", "Lumen Ledger Co.", "Driftwood Studio"};
    private static final String[] NOTE = {
            "Hi {n}, we met at the meetup last week — would love to stay in touch.",
            "Hello {n}! I enjoyed your talk on data pipelines & would like to connect.",
            "{n}, I'm building a team in your field and thought we should connect.",
            "Hi {n} — fellow alumnus here. Let's connect?"};

    private final Random random;
    private final Set<String> slugs = new HashSet<>();
    private int serial;

    InventedPeople(Random random) {
        this.random = random;
    }

    Person next() {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String slug;
        do {
            // ASCII-folded like LinkedIn's vanity slugs, with a serial so every person is distinct
            slug = (fold(first) + "-" + fold(last) + "-" + Integer.toHexString(0x10000 + serial++)).toLowerCase();
        } while (!slugs.add(slug));
        String headline = random.nextInt(20) == 0 ? null
                : ROLE[random.nextInt(ROLE.length)] + " at " + ORG[random.nextInt(ORG.length)];
        return new Person(first + " " + last, slug, headline);
    }

    /** A personal note for about {@code percent} % of invitations, else null. */
    String noteOrNull(Person p, int percent) {
        if (random.nextInt(100) >= percent) {
            return null;
        }
        return NOTE[random.nextInt(NOTE.length)].replace("{n}", p.name().substring(0, p.name().indexOf(' ')));
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O");
    }
}
