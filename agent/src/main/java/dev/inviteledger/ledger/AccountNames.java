package dev.inviteledger.ledger;

/**
 * The one rule for account names, whatever surface they come from (API, status-page forms, CLI): absent or blank
 * means {@link Ledger#DEFAULT_ACCOUNT}; otherwise stripped, at most {@value #MAX_LENGTH} UTF-16 units, and no
 * control, invisible formatting, unassigned or private-use characters, which could disguise one account as another.
 */
public final class AccountNames {
    public static final int MAX_LENGTH = 100;

    /** A refused name; {@link #problem()} is a phrase such as "must be at most 100 characters long". */
    public static final class Invalid extends IllegalArgumentException {
        private final String problem;

        Invalid(String problem) {
            super("account name " + problem);
            this.problem = problem;
        }

        public String problem() {
            return problem;
        }
    }

    private AccountNames() {}

    public static String normalize(String name) {
        if (name == null || name.isBlank()) {
            return Ledger.DEFAULT_ACCOUNT;
        }
        String account = name.strip();
        if (account.length() > MAX_LENGTH) {
            throw new Invalid("must be at most " + MAX_LENGTH + " characters long");
        }
        boolean unsafe = account.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        });
        if (unsafe) {
            throw new Invalid("must not contain control or invisible formatting characters");
        }
        return account;
    }
}
