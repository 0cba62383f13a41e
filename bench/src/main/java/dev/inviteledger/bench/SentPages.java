package dev.inviteledger.bench;

import dev.inviteledger.page.SyntheticInvitation;
import dev.inviteledger.page.SyntheticSentPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Large Sent pages in the current markup (rendered by the product's own {@link SyntheticSentPage}): every
 * invitation on screen, newest first, "People (N)" equal to the row count, no "Load more" — a complete
 * capture. Ages are mixed like a long-neglected list (a fifth under a week, a third under a month, most of
 * the rest months old, a few over a year); about a third carry a note; one in a hundred is an e-mail invitee.
 * Deterministic: the same (rows, seed) always gives the same page.
 */
public final class SentPages {
    public static final long DEFAULT_SEED = 9_1500L;

    private SentPages() {}

    public static List<SyntheticInvitation> invitations(int rows, long seed) {
        Random random = new Random(seed);
        InventedPeople people = new InventedPeople(random);
        List<SyntheticInvitation> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            InventedPeople.Person p = people.next();
            int age = mixedAge(random);
            String note = people.noteOrNull(p, 35);
            if (random.nextInt(100) == 0) {
                String email = p.slug() + "@example.org";
                out.add(new SyntheticInvitation(email, null, null, age, note));
            } else {
                out.add(new SyntheticInvitation(p.name(), p.slug(), p.headline(), age, note));
            }
        }
        out.sort(Comparator.comparingInt(SyntheticInvitation::ageDays));
        return out;
    }

    /** A complete page of {@code rows} invitations. */
    public static String page(int rows, long seed) {
        return SyntheticSentPage.render(invitations(rows, seed), rows, false);
    }

    public static String page(int rows) {
        return page(rows, DEFAULT_SEED);
    }

    private static int mixedAge(Random random) {
        int bucket = random.nextInt(100);
        if (bucket < 20) {
            return random.nextInt(7);
        }
        if (bucket < 50) {
            return 7 + random.nextInt(23);
        }
        if (bucket < 92) {
            return 30 + random.nextInt(335);
        }
        return 365 + random.nextInt(400);
    }
}
