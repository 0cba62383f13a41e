package dev.inviteledger.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pairing: how the extension gets a token only with the user's consent.
 * <ol>
 *   <li>the extension asks ({@link #request}) and shows the returned code in its popup;</li>
 *   <li>the user types that code on the agent's status page ({@link #approve(String, String)}) or denies;</li>
 *   <li>the extension polls ({@link #poll}); the first poll after approval mints the token and returns it —
 *       once. A request never collected stores nothing.</li>
 * </ol>
 * Requests expire after {@link #LIFETIME}; at most {@link #MAX_PENDING} wait at once, so a flood cannot
 * bury the real one; {@link #MAX_WRONG_CODES} wrong codes deny a request.
 */
public final class PairingService {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_PENDING = 3;
    public static final int MAX_WRONG_CODES = 5;
    public static final int MAX_LABEL_LENGTH = 64;
    public static final int MAX_VERSION_LENGTH = 32;
    /** Finished requests stay answerable ("denied", "expired") for a while, then are forgotten. */
    private static final Duration REMEMBER_FINISHED = Duration.ofMinutes(10);

    public enum Status { PENDING, APPROVED, DENIED, EXPIRED }

    /** What the extension gets back from its request. */
    public record Ticket(String pairingId, String code, Instant expiresAt) {}

    /** What the extension gets from a poll; token only on the first poll after approval. */
    public record PollResult(Status status, String token) {}

    /** A waiting request as the status page lists it. Deliberately without the code: the user types it. */
    public record PendingView(String pairingId, String origin, String label, String extensionVersion,
                              Instant createdAt, Instant expiresAt) {}

    private static final class Pairing {
        final String id;
        final String code;
        final String origin;
        final String label;
        final String extensionVersion;
        final Instant createdAt;
        final Instant expiresAt;
        Status status = Status.PENDING;
        boolean collected;
        int wrongCodes;

        Pairing(String id, String code, String origin, String label, String extensionVersion, Instant createdAt, Instant expiresAt) {
            this.id = id;
            this.code = code;
            this.origin = origin;
            this.label = label;
            this.extensionVersion = extensionVersion;
            this.createdAt = createdAt;
            this.expiresAt = expiresAt;
        }

        PendingView view() {
            return new PendingView(id, origin, label, extensionVersion, createdAt, expiresAt);
        }
    }

    private final TokenIssuer issuer;
    private final Clock clock;
    private final Map<String, Pairing> pairings = new LinkedHashMap<>();

    public PairingService(TokenIssuer issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    /** A new request from an (already verified) extension origin. */
    public synchronized Ticket request(String origin, String label, String extensionVersion) {
        Instant now = refresh();
        long pending = pairings.values().stream().filter(p -> p.status == Status.PENDING).count();
        if (pending >= MAX_PENDING) {
            throw new ApiError(429, "too-many-pairing-requests",
                    "Too many pairing requests are waiting: approve or deny them on the status page, or wait 5 minutes.");
        }
        String code;
        do {
            code = PairingCode.generate(Secrets.random());
        } while (findPendingByCode(code).isPresent());
        Pairing pairing = new Pairing(Secrets.newSecret(), code, origin, FreeText.clean(label, MAX_LABEL_LENGTH),
                FreeText.clean(extensionVersion, MAX_VERSION_LENGTH), now, now.plus(LIFETIME));
        pairings.put(pairing.id, pairing);
        return new Ticket(pairing.id, code, pairing.expiresAt);
    }

    /**
     * The extension's poll. The pairing id is a secret only the requester knows; the origin must also
     * match when the browser sends one. Unknown ids and mismatched origins look the same: not found.
     */
    public synchronized PollResult poll(String pairingId, String origin) {
        refresh();
        Pairing pairing = pairings.get(pairingId);
        if (pairing == null || (origin != null && !origin.equals(pairing.origin))) {
            throw notFound();
        }
        if (pairing.status == Status.APPROVED && !pairing.collected) {
            pairing.collected = true;
            String label = pairing.label.isEmpty() ? "extension " + pairing.extensionVersion : pairing.label;
            return new PollResult(Status.APPROVED, issuer.issue(pairing.origin, label).token());
        }
        return new PollResult(pairing.status, null);
    }

    /** Approves the pending request with this code (what the user typed). */
    public synchronized PendingView approve(String typedCode) {
        refresh();
        Pairing pairing = findPendingByCode(PairingCode.normalize(typedCode)).orElseThrow(() -> ApiError.notFound(
                "no-pairing-with-code", "No waiting pairing request has that code: check the code in the extension's popup."));
        pairing.status = Status.APPROVED;
        return pairing.view();
    }

    /** Approves one listed request if the typed code is its code; wrong codes count towards denial. */
    public synchronized PendingView approve(String pairingId, String typedCode) {
        Pairing pairing = pendingById(pairingId);
        if (!Secrets.constantTimeEquals(pairing.code, PairingCode.normalize(typedCode))) {
            pairing.wrongCodes++;
            if (pairing.wrongCodes >= MAX_WRONG_CODES) {
                pairing.status = Status.DENIED;
                throw ApiError.forbidden("pairing-denied", "Too many wrong codes: this pairing request was denied.");
            }
            throw ApiError.badRequest("wrong-code", "That code does not match this request: check the code in the extension's popup.");
        }
        pairing.status = Status.APPROVED;
        return pairing.view();
    }

    public synchronized PendingView deny(String pairingId) {
        Pairing pairing = pendingById(pairingId);
        pairing.status = Status.DENIED;
        return pairing.view();
    }

    /** Requests waiting for the user, oldest first. */
    public synchronized List<PendingView> pending() {
        refresh();
        List<PendingView> views = new ArrayList<>();
        pairings.values().stream().filter(p -> p.status == Status.PENDING)
                .sorted(Comparator.comparing(p -> p.createdAt)).forEach(p -> views.add(p.view()));
        return views;
    }

    private Pairing pendingById(String pairingId) {
        refresh();
        Pairing pairing = pairings.get(pairingId);
        if (pairing == null) {
            throw notFound();
        }
        if (pairing.status != Status.PENDING) {
            throw ApiError.conflict("pairing-not-pending",
                    "This pairing request is already " + pairing.status.name().toLowerCase(Locale.ROOT) + ".");
        }
        return pairing;
    }

    private Optional<Pairing> findPendingByCode(String code) {
        return pairings.values().stream()
                .filter(p -> p.status == Status.PENDING && Secrets.constantTimeEquals(p.code, code))
                .findFirst();
    }

    /** Expires what is due and forgets what finished long ago; returns now. */
    private Instant refresh() {
        Instant now = clock.instant();
        for (Pairing p : pairings.values()) {
            boolean uncollected = p.status == Status.PENDING || (p.status == Status.APPROVED && !p.collected);
            if (uncollected && !now.isBefore(p.expiresAt)) {
                p.status = Status.EXPIRED;
            }
        }
        pairings.values().removeIf(p -> !now.isBefore(p.expiresAt.plus(REMEMBER_FINISHED)));
        return now;
    }

    private static ApiError notFound() {
        return ApiError.notFound("pairing-not-found", "No such pairing request: it may have expired; start pairing again.");
    }
}
