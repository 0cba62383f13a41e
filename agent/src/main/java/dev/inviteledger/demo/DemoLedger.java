package dev.inviteledger.demo;

import dev.inviteledger.config.DataDirectory;
import dev.inviteledger.ledger.AccountHistory;
import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The demo behind {@code serve --demo}: a ledger of invented people in its own directory, rebuilt at every
 * start so its dates are always relative to today. It never touches the user's real data directory: it only
 * writes into a directory it created itself (marked by {@value #MARKER}) and only deletes the files it writes.
 */
public final class DemoLedger {
    /** The demo's one account. */
    public static final String ACCOUNT = "demo";
    /** Present in every directory the demo created; without it the demo refuses to touch a directory. */
    public static final String MARKER = ".invite-ledger-demo";
    private static final List<String> OWN_FILES = List.of(DataDirectory.DATABASE_FILE,
            DataDirectory.DATABASE_FILE + "-wal", DataDirectory.DATABASE_FILE + "-shm",
            DataDirectory.DATABASE_FILE + "-journal", DemoExport.FILE_NAME);

    /**
     * What the demo ledger holds when it is built.
     *
     * @param byState invitations per ledger state
     */
    public record Figures(int captures, int invitations, Map<InvitationState, Integer> byState, int withdrawals,
                          int resends, int spamRisk, Duration took) {
        static Figures of(Ledger ledger, String account, int captures, Duration took) {
            AccountHistory history = ledger.history(account);
            Map<InvitationState, Integer> byState = new EnumMap<>(InvitationState.class);
            for (InvitationState s : InvitationState.values()) {
                byState.put(s, 0);
            }
            int resends = 0;
            int spamRisk = 0;
            for (InvitationRecord r : history.invitations()) {
                byState.merge(r.state(), 1, Integer::sum);
                resends += r.resendCount() > 0 ? 1 : 0;
                spamRisk += r.resendCount() > 1 ? 1 : 0;
            }
            return new Figures(captures, history.invitations().size(), byState, history.withdrawals().size(), resends,
                    spamRisk, took);
        }

        public int count(InvitationState state) {
            return byState.getOrDefault(state, 0);
        }

        /** One line for the console. */
        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "%d captures over %d days: %d invitations (%d pending, %d withdrawn, %d accepted, %d closed-unknown), "
                            + "%d withdrawals, %d re-sends, built in %.1f s",
                    captures, DemoSimulation.DAYS, invitations, count(InvitationState.PENDING),
                    count(InvitationState.WITHDRAWN), count(InvitationState.ACCEPTED),
                    count(InvitationState.CLOSED_UNKNOWN), withdrawals, resends, took.toMillis() / 1000.0);
        }
    }

    private DemoLedger() {}

    /** Lets tests build the demo elsewhere than the shared temporary directory. */
    public static final String DIRECTORY_PROPERTY = "invite-ledger.demo-dir";

    /** {@code <java.io.tmpdir>/invite-ledger-demo}: outside every real data directory. */
    public static Path defaultDirectory() {
        String override = System.getProperty(DIRECTORY_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "invite-ledger-demo").toAbsolutePath();
    }

    /**
     * Empties (or creates) the demo directory and builds the demo ledger in it, as of {@code now}.
     *
     * @throws IllegalStateException when {@code dir} exists but was not created by the demo
     */
    public static Figures prepare(Path dir, Instant now, ZoneId zone) {
        reset(dir);
        try (Ledger ledger = Ledger.open(dir)) {
            return build(ledger, dir.resolve(DemoExport.FILE_NAME), now, zone);
        }
    }

    /** Plays the simulation into an open ledger; {@code exportZip} is where the generated data export goes. */
    public static Figures build(Ledger ledger, Path exportZip, Instant now, ZoneId zone) {
        return new DemoSimulation(ledger, now, zone, exportZip).run();
    }

    static void reset(Path dir) {
        Path real = DataDirectory.defaultDirectory().toAbsolutePath().normalize();
        if (dir.toAbsolutePath().normalize().equals(real)) {
            throw new IllegalStateException("the demo never uses the real data directory " + real);
        }
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(dir.resolve(MARKER))) {
                    throw new IllegalStateException(dir + " exists but was not created by the demo (no " + MARKER
                            + " file): refusing to touch it");
                }
                for (String name : OWN_FILES) {
                    Files.deleteIfExists(dir.resolve(name));
                }
            } else {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(MARKER), "Created by `invite-ledger serve --demo`; rebuilt at every start.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo directory " + dir, e);
        }
    }
}
