package dev.inviteledger.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented people for the demo ledger, drawn from a seeded {@link Random} so every demo is the same.
 * Mostly Latin names, some in other scripts (the product must show them as written), and no real person.
 */
final class DemoPeople {

    /** One invented LinkedIn member. */
    record Person(int id, String name, String slug, String headline) {
        Person renamed(String newName) {
            return new Person(id, newName, slug, headline);
        }
    }

    private static final List<String> FIRST = List.of("Ada", "Amara", "Bruno", "Camille", "Chiara", "Dario", "Elena",
            "Emeka", "Farah", "Felix", "Greta", "Hannah", "Hugo", "Imani", "Inès", "Jonas", "Kai", "Lena", "Lucas",
            "Mateo", "Maya", "Nadia", "Noah", "Olivia", "Omar", "Priya", "Rafael", "Rosa", "Sami", "Sofia", "Tariq",
            "Theo", "Valentina", "Wei", "Yara", "Zoë", "Aisha", "Bastian", "Clara", "Diego", "Eva", "Fatima",
            "Gabriel", "Helga", "Ivan", "Jana", "Kofi", "Laila", "Marta", "Nils", "Oskar", "Paula", "Quentin",
            "Rhea", "Stefan", "Tomás", "Uma", "Vera", "Wiktor", "Xavier", "Yusuf", "Zofia", "Léa", "Mads", "Ngozi");
    private static final List<String> LAST = List.of("Abara", "Becker", "Costa", "Dubois", "Eriksen", "Ferreira",
            "García", "Hansen", "Ibrahim", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Quinn",
            "Rossi", "Schneider", "Takahashi", "Usman", "Varga", "Weber", "Yilmaz", "Zieliński", "Almeida",
            "Brennan", "Castillo", "Dahl", "Esposito", "Fischer", "Gallo", "Holm", "Ivanova", "Jovanović", "Keller",
            "Lindqvist", "Mendes", "Nakamura", "O'Neill", "Park", "Ricci", "Sato", "Tanaka", "Van Dijk", "Wolff");
    /** Names in other scripts, with the ASCII slug LinkedIn would typically show for them. */
    private static final List<String[]> OTHER_SCRIPTS = List.of(
            new String[] {"Ольга Смирнова", "olga-smirnova"},
            new String[] {"Дмитрий Иванов", "dmitry-ivanov"},
            new String[] {"Σοφία Παπαδοπούλου", "sofia-papadopoulou"},
            new String[] {"Νίκος Γεωργίου", "nikos-georgiou"},
            new String[] {"محمد العلي", "mohammed-alali"},
            new String[] {"ليلى حداد", "layla-haddad"},
            new String[] {"נועה כהן", "noa-cohen"},
            new String[] {"Nguyễn Thị Hoa", "hoa-nguyen"},
            new String[] {"Trần Minh Đức", "duc-tran"},
            new String[] {"Łukasz Wróblewski", "lukasz-wroblewski"},
            new String[] {"Ayşe Çelik", "ayse-celik"},
            new String[] {"Søren Østergård", "soren-ostergaard"});
    private static final List<String> ROLES = List.of("Head of Growth", "Senior Product Designer", "Founder",
            "Talent Partner", "Data Engineer", "VP Sales", "Engineering Manager", "Marketing Lead",
            "Account Executive", "Chief of Staff", "Product Manager", "UX Researcher", "Partnerships Director",
            "Recruiter", "Staff Engineer", "Customer Success Lead", "CFO", "Brand Strategist", "Head of People",
            "Solutions Architect");
    private static final List<String> COMPANIES = List.of("Northwind Labs", "Fernhill", "Quietbay", "Lumen & Co",
            "Brightwater Analytics", "Copperleaf", "Harbor Health", "Kestrel Logistics", "Orchard Finance",
            "Pinecrest Studio", "Bluefin Robotics", "Mosaic Learning", "Tidewater Energy", "Juniper Retail",
            "Atlas Mobility", "Saffron Foods", "Granite Cloud", "Meridian Legal", "Nimbus Games", "Verdant Farms");
    private static final List<String> NOTES = List.of(
            "Hi %s, I enjoyed your talk last week and would love to stay in touch.",
            "Hi %s, we met at the product meetup: great chatting about onboarding!",
            "Hello %s, I'm building a team in your area and would value your perspective.",
            "Hi %s, your post on hiring resonated with me. Happy to connect.");

    private final Random random;
    private int nextId = 1;

    DemoPeople(Random random) {
        this.random = random;
    }

    Person next() {
        int id = nextId++;
        String name;
        String slugBase;
        if (random.nextInt(100) < 7) {
            String[] other = OTHER_SCRIPTS.get(random.nextInt(OTHER_SCRIPTS.size()));
            name = other[0];
            slugBase = other[1];
        } else {
            name = pick(FIRST) + " " + pick(LAST);
            slugBase = ascii(name);
        }
        String headline = random.nextInt(100) < 92 ? pick(ROLES) + " at " + pick(COMPANIES) : null;
        return new Person(id, name, slugBase + "-" + Integer.toString(4096 + id * 37, 36), headline);
    }

    /** A personal note for roughly four invitations in ten; null means sent without one. */
    String noteFor(Person person, int percent) {
        if (random.nextInt(100) >= percent) {
            return null;
        }
        String first = person.name().split(" ")[0];
        return String.format(Locale.ROOT, pick(NOTES), first);
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** "Zoë O'Neill" → "zoe-oneill": how LinkedIn spells most slugs. */
    static String ascii(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
