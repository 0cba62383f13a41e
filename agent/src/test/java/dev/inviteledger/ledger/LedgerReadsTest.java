package dev.inviteledger.ledger;

import static dev.inviteledger.ledger.Pages.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.inviteledger.policy.Headroom;
import dev.inviteledger.policy.Policy;
import dev.inviteledger.policy.PolicyEngine;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerReadsTest {
    private final Ledger ledger = Ledger.inMemory();

    @BeforeEach
    void history() {
        ledger.merge(capture("2026-03-01T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13),
                row("bob-example", "Sent 3 days ago", 3, 3), row("carol-example", "Sent today", 0, 0),
                Pages.named("dan-example", "dan lowercase", null, "Sent recently", null, false))));
        ledger.merge(capture("2026-03-02T09:00:00Z", complete(row("ada-example", "Sent 1 week ago", 7, 13),
                row("carol-example", "Sent yesterday", 1, 1),
                Pages.named("dan-example", "dan lowercase", null, "Sent recently", null, false))));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void pagesFilterAndSort() {
        InvitationPage pending = ledger.invitations(new InvitationQuery("default", Set.of(InvitationState.PENDING),
                InvitationQuery.Sort.AGE, 0, 2));
        assertThat(pending.total()).isEqualTo(3);
        assertThat(pending.items()).extracting(InvitationRecord::key).containsExactly("in:ada-example", "in:carol-example");
        InvitationPage second = ledger.invitations(new InvitationQuery("default", Set.of(InvitationState.PENDING),
                InvitationQuery.Sort.AGE, 1, 2));
        assertThat(second.items()).extracting(InvitationRecord::key).containsExactly("in:dan-example");

        assertThat(ledger.invitations(new InvitationQuery(null, Set.of(), InvitationQuery.Sort.NAME, 0, 10)).items())
                .extracting(InvitationRecord::name)
                .containsExactly("Ada Example", "Bob Example", "Carol Example", "dan lowercase");
        InvitationPage closed = ledger.invitations(new InvitationQuery("default", Set.of(InvitationState.CLOSED_UNKNOWN),
                InvitationQuery.Sort.LAST_SEEN, 0, 10));
        assertThat(closed.items()).extracting(InvitationRecord::key).containsExactly("in:bob-example");
        assertThat(ledger.invitations(new InvitationQuery("nobody", null, null, 0, 10)).total()).isZero();
        assertThatThrownBy(() -> new InvitationQuery("default", null, null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accountsListPendingAndLastCapture() {
        ledger.merge(capture("sales", "2026-03-05T09:00:00Z", complete(row("eve-example", "Sent today", 0, 0))));
        assertThat(ledger.accounts()).containsExactly(
                new AccountSummary("default", 3, at("2026-03-02T09:00:00Z")),
                new AccountSummary("sales", 1, at("2026-03-05T09:00:00Z")));
    }

    @Test
    void historySinceKeepsPendingAndRecentOnly() {
        AccountHistory recent = ledger.history("default", at("2026-03-02T00:00:00Z"));
        assertThat(recent.invitations()).extracting(InvitationRecord::key)
                .containsExactly("in:ada-example", "in:bob-example", "in:carol-example", "in:dan-example");
        AccountHistory later = ledger.history("default", at("2026-03-03T00:00:00Z"));
        assertThat(later.invitations()).extracting(InvitationRecord::key)
                .containsExactly("in:ada-example", "in:carol-example", "in:dan-example");
        assertThat(later.captures()).as("no capture since then, but the latest complete one before stays: the"
                + " policy's fallback for the pending count").extracting(CaptureRecord::capturedAt)
                .containsExactly(at("2026-03-02T09:00:00Z"));
        assertThat(ledger.history("nobody").invitations()).isEmpty();
    }

    @Test
    void aHorizonKeepsTheLatestCompleteCaptureBeforeIt() {
        // ten days later the user only glanced at the top of the list: a partial capture without a People count
        ledger.merge(capture("2026-03-12T09:00:00Z", partial(5, row("ada-example", "Sent 3 weeks ago", 21, 27))));
        AccountHistory recent = ledger.history("default", at("2026-03-04T09:00:00Z"));
        assertThat(recent.captures()).extracting(CaptureRecord::capturedAt, CaptureRecord::complete)
                .containsExactly(tuple(at("2026-03-02T09:00:00Z"), true),
                        tuple(at("2026-03-12T09:00:00Z"), false));
        Headroom pending = PolicyEngine.evaluateWithoutCurve(recent, Policy.defaults(), at("2026-03-12T09:00:00Z"), ZoneOffset.UTC)
                .headroom();
        Headroom pendingFromAll = PolicyEngine.evaluate(ledger.history("default"), Policy.defaults(),
                at("2026-03-12T09:00:00Z"), ZoneOffset.UTC).headroom();
        assertThat(pending.pendingSource()).isEqualTo(pendingFromAll.pendingSource());
        assertThat(pending.pending()).isEqualTo(pendingFromAll.pending());
    }

    @Test
    void keepPinsTheCurrentInvitationAndAReSendInheritsIt() {
        ledger.setKeep("default", "in:bob-example", true);
        assertThat(only(ledger, "in:bob-example").keep()).isTrue();
        ledger.merge(capture("2026-03-04T09:00:00Z", partial(9, row("bob-example", "Sent today", 0, 0))));
        assertThat(all(ledger, "in:bob-example")).extracting(InvitationRecord::keep).containsExactly(true, true);
        ledger.setKeep("default", "in:bob-example", false);
        assertThat(all(ledger, "in:bob-example")).extracting(InvitationRecord::keep).containsExactly(true, false);
        assertThatThrownBy(() -> ledger.setKeep("default", "in:nobody", true)).isInstanceOf(UnknownInvitationException.class);
    }

    @Test
    void pendingKeysByExactName() {
        assertThat(ledger.pendingKeysByName("default", "Ada Example")).containsExactly("in:ada-example");
        assertThat(ledger.pendingKeysByName("default", "Bob Example")).as("closed").isEmpty();
    }

    @Test
    void settingsAreUpsertedInOneGoAndNullRemoves() {
        ledger.putSettings(Map.of("withdrawAfterDays", "21", "pendingCap", "500"));
        Map<String, String> change = new HashMap<>();
        change.put("withdrawAfterDays", "14");
        change.put("pendingCap", null);
        ledger.putSettings(change);
        assertThat(ledger.settings()).containsExactly(Map.entry("withdrawAfterDays", "14"));
        Map<String, String> bad = new HashMap<>();
        bad.put("ok", "1");
        bad.put(" ", "2");
        assertThatThrownBy(() -> ledger.putSettings(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ledger.settings()).as("nothing half-written").containsExactly(Map.entry("withdrawAfterDays", "14"));
    }

    @Test
    void tokensAreFoundByHashUntilRevoked() {
        long id = ledger.insertToken("chrome-extension://mhjnmdodfjeaggedjkkiamebofjnndfi", "laptop", "h1", at("2026-03-01T00:00:00Z"));
        assertThat(ledger.findActiveTokenByHash("h1")).get().extracting(ClientToken::id).isEqualTo(id);
        ledger.touchToken(id, at("2026-03-02T00:00:00Z"));
        assertThat(ledger.listTokens()).singleElement().extracting(ClientToken::lastUsedAt).isEqualTo(at("2026-03-02T00:00:00Z"));
        assertThatThrownBy(() -> ledger.insertToken("chrome-extension://x", null, "h1", at("2026-03-01T00:00:00Z")))
                .isInstanceOf(LedgerException.class);
        assertThat(ledger.revokeToken(id, at("2026-03-03T00:00:00Z"))).isTrue();
        assertThat(ledger.revokeToken(id, at("2026-03-04T00:00:00Z"))).as("already revoked; the first time stays").isFalse();
        assertThat(ledger.findActiveTokenByHash("h1")).isEmpty();
        assertThat(ledger.listTokens()).singleElement().satisfies(t -> {
            assertThat(t.active()).isFalse();
            assertThat(t.revokedAt()).isEqualTo("2026-03-03T00:00:00Z");
        });
        assertThatThrownBy(() -> ledger.revokeToken(999, at("2026-03-03T00:00:00Z"))).isInstanceOf(UnknownInvitationException.class);
    }

    @Test
    void signalsAreKeptPerAccountNewestFirst() {
        ledger.recordSignal(null, "weekly-limit", "You’ve reached the weekly invitation limit", "https://www.linkedin.com/", at("2026-03-01T10:00:00Z"));
        ledger.recordSignal("default", "weekly-limit", "again", null, at("2026-03-03T10:00:00Z"));
        ledger.recordSignal("sales", "weekly-limit", "other account", null, at("2026-03-03T10:00:00Z"));
        List<SignalRecord> recent = ledger.recentSignals("default", at("2026-03-01T00:00:00Z"));
        assertThat(recent).extracting(SignalRecord::text).containsExactly("again", "You’ve reached the weekly invitation limit");
        assertThat(ledger.recentSignals("default", at("2026-03-02T00:00:00Z"))).hasSize(1);
    }

    @Test
    void accountNamesAreCheckedLikeAnyOutsideText() {
        assertThatThrownBy(() -> ledger.history("bad\u0000name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.history("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        // the same rule as the API's: every surface (status-page forms, CLI) goes through the ledger
        assertThatThrownBy(() -> ledger.history("default\u202Eevil")).isInstanceOf(AccountNames.Invalid.class)
                .hasMessageContaining("invisible formatting");
        assertThatThrownBy(() -> ledger.recordWithdrawal("a\u200Bb", "in:ada-example", at("2026-03-03T09:00:00Z"), "manual"))
                .isInstanceOf(AccountNames.Invalid.class);
        assertThat(ledger.history("  default  ").invitations()).hasSize(4);
    }
}
