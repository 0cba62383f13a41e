package dev.inviteledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inviteledger.config.AppInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PairingServiceTest {
    private static final String EXTENSION = "chrome-extension://" + AppInfo.EXTENSION_ID;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final PairingService pairing = new PairingService(new TokenIssuer(store, clock), clock);

    private static void assertError(Runnable action, int status, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ApiError.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void aRequestWaitsWithACodeAndExpiresInFiveMinutes() {
        PairingService.Ticket ticket = pairing.request(EXTENSION, "Work laptop", "0.1.0");
        assertThat(ticket.code()).matches("[A-HJKMNP-Z2-9]{6}");
        assertThat(Secrets.looksLikeSecret(ticket.pairingId())).isTrue();
        assertThat(ticket.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(pairing.poll(ticket.pairingId(), EXTENSION).status()).isEqualTo(PairingService.Status.PENDING);
        assertThat(pairing.pending()).singleElement().satisfies(view -> {
            assertThat(view.pairingId()).isEqualTo(ticket.pairingId());
            assertThat(view.label()).isEqualTo("Work laptop");
            assertThat(view.origin()).isEqualTo(EXTENSION);
        });
        assertThat(store.list()).isEmpty();
    }

    @Test
    void approvalByCodeYieldsTheTokenOnTheNextPollOnly() {
        PairingService.Ticket ticket = pairing.request(EXTENSION, "Work laptop", "0.1.0");
        pairing.approve(ticket.code().toLowerCase());
        assertThat(store.list()).as("nothing is minted before the extension collects it").isEmpty();

        PairingService.PollResult first = pairing.poll(ticket.pairingId(), EXTENSION);
        assertThat(first.status()).isEqualTo(PairingService.Status.APPROVED);
        assertThat(Secrets.looksLikeSecret(first.token())).isTrue();
        assertThat(store.list()).singleElement().satisfies(t -> {
            assertThat(t.hash()).isEqualTo(Secrets.hash(first.token()));
            assertThat(t.origin()).isEqualTo(EXTENSION);
            assertThat(t.label()).isEqualTo("Work laptop");
        });

        PairingService.PollResult second = pairing.poll(ticket.pairingId(), EXTENSION);
        assertThat(second.status()).isEqualTo(PairingService.Status.APPROVED);
        assertThat(second.token()).isNull();
        assertThat(store.list()).hasSize(1);
        assertThat(pairing.pending()).isEmpty();
    }

    @Test
    void approvalOfAListedRequestNeedsItsCode() {
        PairingService.Ticket ticket = pairing.request(EXTENSION, "", "0.1.0");
        String wrong = ticket.code().equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
        assertError(() -> pairing.approve(ticket.pairingId(), wrong), 400, "wrong-code");
        pairing.approve(ticket.pairingId(), ticket.code().substring(0, 3) + "-" + ticket.code().substring(3));
        assertThat(pairing.poll(ticket.pairingId(), null).token()).isNotNull();
        assertThat(store.list().get(0).label()).isEqualTo("extension 0.1.0");
    }

    @Test
    void tooManyWrongCodesDenyTheRequest() {
        PairingService.Ticket ticket = pairing.request(EXTENSION, "x", "0.1.0");
        String wrong = ticket.code().equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
        for (int i = 1; i < PairingService.MAX_WRONG_CODES; i++) {
            assertError(() -> pairing.approve(ticket.pairingId(), wrong), 400, "wrong-code");
        }
        assertError(() -> pairing.approve(ticket.pairingId(), wrong), 403, "pairing-denied");
        assertError(() -> pairing.approve(ticket.pairingId(), ticket.code()), 409, "pairing-not-pending");
        assertThat(pairing.poll(ticket.pairingId(), EXTENSION).status()).isEqualTo(PairingService.Status.DENIED);
        assertThat(store.list()).isEmpty();
    }

    @Test
    void anUnknownCodeApprovesNothing() {
        pairing.request(EXTENSION, "x", "0.1.0");
        assertError(() -> pairing.approve("ZZZZZZ2"), 404, "no-pairing-with-code");
        assertThat(pairing.pending()).hasSize(1);
    }

    @Test
    void denialIsFinalAndStoresNothing() {
        PairingService.Ticket ticket = pairing.request(EXTENSION, "x", "0.1.0");
        pairing.deny(ticket.pairingId());
        assertThat(pairing.poll(ticket.pairingId(), EXTENSION)).isEqualTo(new PairingService.PollResult(PairingService.Status.DENIED, null));
        assertError(() -> pairing.approve(ticket.code()), 404, "no-pairing-with-code");
        assertError(() -> pairing.deny(ticket.pairingId()), 409, "pairing-not-pending");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void requestsExpireAndAnApprovedButUncollectedOneToo() {
        PairingService.Ticket waiting = pairing.request(EXTENSION, "a", "0.1.0");
        PairingService.Ticket approved = pairing.request(EXTENSION, "b", "0.1.0");
        pairing.approve(approved.code());
        clock.advance(PairingService.LIFETIME);
        assertThat(pairing.poll(waiting.pairingId(), EXTENSION).status()).isEqualTo(PairingService.Status.EXPIRED);
        assertThat(pairing.poll(approved.pairingId(), EXTENSION)).isEqualTo(new PairingService.PollResult(PairingService.Status.EXPIRED, null));
        assertError(() -> pairing.approve(waiting.code()), 404, "no-pairing-with-code");
        assertThat(pairing.pending()).isEmpty();
        assertThat(store.list()).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertError(() -> pairing.poll(waiting.pairingId(), EXTENSION), 404, "pairing-not-found");
    }

    @Test
    void atMostThreeRequestsWaitAtOnce() {
        for (int i = 0; i < PairingService.MAX_PENDING; i++) {
            pairing.request(EXTENSION, "n" + i, "0.1.0");
        }
        assertError(() -> pairing.request(EXTENSION, "flood", "0.1.0"), 429, "too-many-pairing-requests");
        assertThat(pairing.pending()).hasSize(3);
        clock.advance(PairingService.LIFETIME);
        pairing.request(EXTENSION, "later", "0.1.0");
        assertThat(pairing.pending()).hasSize(1);
    }

    @Test
    void onlyTheRequestingOriginCanPoll() {
        PairingService.Ticket ticket = pairing.request(EXTENSION, "x", "0.1.0");
        pairing.approve(ticket.code());
        assertError(() -> pairing.poll(ticket.pairingId(), "chrome-extension://" + "b".repeat(32)), 404, "pairing-not-found");
        assertError(() -> pairing.poll("no-such-id", EXTENSION), 404, "pairing-not-found");
        assertThat(store.list()).isEmpty();
        assertThat(pairing.poll(ticket.pairingId(), EXTENSION).token()).isNotNull();
    }

    @Test
    void labelsAreCleanedAndCapped() {
        pairing.request(EXTENSION, "\u202Eevil" + "x".repeat(100), "0.1.0\u0000");
        assertThat(pairing.pending()).singleElement().satisfies(view -> {
            assertThat(view.label()).startsWith("evil").hasSize(PairingService.MAX_LABEL_LENGTH);
            assertThat(view.extensionVersion()).isEqualTo("0.1.0");
        });
    }
}
