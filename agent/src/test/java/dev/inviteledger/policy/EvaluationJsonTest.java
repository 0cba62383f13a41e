package dev.inviteledger.policy;

import static dev.inviteledger.policy.Inv.NOW;
import static dev.inviteledger.policy.Inv.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.inviteledger.config.Json;
import dev.inviteledger.ledger.InvitationRecord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation is rendered by Jackson as is: wire names must match TEAM.md's CaptureReport. */
class EvaluationJsonTest {

    private static JsonNode json(Evaluation ev) throws Exception {
        return Json.mapper().readTree(Json.mapper().writeValueAsString(ev));
    }

    private static Evaluation sample() {
        List<InvitationRecord> invs = List.of(
                Inv.id(1).key("in:ada").name("Ada Example").aged(70).noNote().resent(2).build(),
                Inv.id(2).key("in:bo").aged(3).build(),
                Inv.id(3).key("in:cy").aged(40).withdrawn(NOW.minus(Duration.ofDays(1))).build(),
                Inv.id(4).key("in:di").closedUnknown(NOW).build(),
                Inv.id(5).key("in:ed").build());
        return PolicyEngine.evaluate(Inv.history(invs, List.of(Inv.capture(1, NOW.minus(Duration.ofHours(1)), 3, 450, false)),
                List.of()), Policy.defaults(), NOW, UTC);
    }

    @Test
    void invitationsUseTheWireNames() throws Exception {
        JsonNode inv = json(sample()).get("invitations");
        JsonNode ada = inv.get(0);
        assertThat(ada.get("key").asText()).isEqualTo("in:ada");
        assertThat(ada.get("status").asText()).isEqualTo("overdue");
        assertThat(ada.get("state").asText()).isEqualTo("pending");
        assertThat(ada.get("ageNow").toString()).isEqualTo("{\"min\":70,\"max\":70}");
        assertThat(ada.get("hasNote").asBoolean()).isFalse();
        assertThat(ada.get("flags").toString()).isEqualTo("[\"no-note\",\"resent\",\"spam-risk\"]");
        assertThat(ada.get("resendCount").asInt()).isEqualTo(2);
        assertThat(ada.get("keep").asBoolean()).isFalse();
        assertThat(ada.get("plan").toString()).isEqualTo("{\"rank\":1,\"batch\":1,\"today\":true}");
        assertThat(ada.has("resendPossibleFrom")).isTrue();
        assertThat(ada.get("resendPossibleFrom").isNull()).isTrue();

        assertThat(inv.get(1).get("plan").isNull()).isTrue();
        assertThat(inv.get(2).get("status").asText()).isEqualTo("withdrawn");
        assertThat(inv.get(2).get("resendPossibleFrom").asText()).isEqualTo("2026-12-12T10:00:00Z");
        assertThat(inv.get(3).get("status").asText()).isEqualTo("closed-unknown");
        assertThat(inv.get(3).get("state").asText()).isEqualTo("closed-unknown");
        assertThat(inv.get(4).get("status").asText()).isEqualTo("unknown");
        assertThat(inv.get(4).get("ageNow").isNull()).isTrue();
    }

    @Test
    void headroomPlanAndCurveUseTheWireNames() throws Exception {
        JsonNode root = json(sample());
        assertThat(root.get("evaluatedAt").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(root.get("zone").asText()).isEqualTo("Z");
        JsonNode h = root.get("headroom");
        assertThat(h.get("pending").asInt()).isEqualTo(450);
        assertThat(h.get("pendingSource").asText()).isEqualTo("people-count");
        assertThat(h.get("pendingCap").asInt()).isEqualTo(500);
        assertThat(h.get("pendingHeadroom").asInt()).isEqualTo(50);
        assertThat(h.get("share").asDouble()).isEqualTo(0.9);
        assertThat(h.get("level").asText()).isEqualTo("near-cap");
        assertThat(h.get("sentLast7Days").toString()).isEqualTo("{\"min\":1,\"max\":1}");
        assertThat(h.get("weeklyLimit").asInt()).isEqualTo(100);
        assertThat(h.get("weeklyHeadroom").toString()).isEqualTo("{\"min\":99,\"max\":99}");
        assertThat(h.get("overWeeklyLimit").asText()).isEqualTo("no");
        assertThat(h.get("pace").get("inPeakBand").asText()).isEqualTo("no");

        JsonNode plan = root.get("plan");
        JsonNode entry = plan.get("entries").get(0);
        assertThat(entry.get("rank").asInt()).isEqualTo(1);
        assertThat(entry.get("key").asText()).isEqualTo("in:ada");
        assertThat(entry.get("name").asText()).isEqualTo("Ada Example");
        assertThat(entry.get("reasons").get(0).asText()).isEqualTo("sent 10 weeks ago, past the 21-day threshold");
        assertThat(entry.get("batch").asInt()).isEqualTo(1);
        assertThat(entry.get("today").asBoolean()).isTrue();
        assertThat(plan.get("today").toString()).isEqualTo("{\"done\":0,\"planned\":1,\"budget\":50}");
        assertThat(plan.get("unknownAge").toString()).isEqualTo("[\"in:ed\"]");

        JsonNode curve = root.get("acceptance");
        assertThat(curve.get("byPace").get(1).get("band").asText()).isEqualTo("10-19");
        assertThat(curve.get("byPace").get(1).get("published").asDouble()).isEqualTo(0.34);
        assertThat(curve.get("quantileDay").isNull()).isTrue();
        assertThat(root.get("policy").get("dailyWithdrawals").asInt()).isEqualTo(50);
        assertThat(root.get("warnings").isArray()).isTrue();
    }

    @Test
    void noHelperMethodLeaksIntoTheJson() throws Exception {
        JsonNode root = json(sample());
        assertThat(root.fieldNames()).toIterable().containsExactly("account", "evaluatedAt", "zone", "policy",
                "invitations", "headroom", "plan", "acceptance", "warnings");
        assertThat(root.get("plan").get("entries").get(0).has("slot")).isFalse();
        assertThat(root.get("headroom").get("sentLast7Days").has("exact")).isFalse();
    }

    @Test
    void forKeyPrefersThePendingRecordThenTheLatest() {
        List<InvitationRecord> invs = List.of(
                Inv.id(1).key("in:same").aged(80).withdrawn(NOW.minus(Duration.ofDays(50))).build(),
                Inv.id(7).key("in:same").aged(20).build(),
                Inv.id(3).key("in:same").aged(60).withdrawn(NOW.minus(Duration.ofDays(30))).build(),
                Inv.id(4).key("in:other").aged(60).withdrawn(NOW.minus(Duration.ofDays(30))).build(),
                Inv.id(5).key("in:other").aged(90).withdrawn(NOW.minus(Duration.ofDays(70))).build());
        Evaluation ev = PolicyEngine.evaluate(Inv.history(invs), Policy.defaults(), NOW, UTC);
        assertThat(ev.forKey("in:same").orElseThrow().id()).isEqualTo(7);
        assertThat(ev.forKey("in:other").orElseThrow().id()).isEqualTo(5);
        assertThat(ev.forKey("in:nobody")).isEmpty();
        assertThat(ev.forId(3).orElseThrow().key()).isEqualTo("in:same");
        assertThat(ev.indexByKey()).hasSize(2);
        assertThat(ev.indexByKey().get("in:same").id()).isEqualTo(7);
        assertThat(ev.indexByKey().get("in:other").id()).isEqualTo(5);
    }
}
