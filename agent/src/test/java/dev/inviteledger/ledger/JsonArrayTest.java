package dev.inviteledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.inviteledger.config.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys and warnings travel to SQLite as a JSON array: any text must come back as it went in, as Jackson writes it. */
class JsonArrayTest {
    @Test
    void hostileTextSurvives() throws Exception {
        List<String> values = List.of("in:ada", "Quote \" and back\\slash", "tab\tnew\nline\u0001", "Zoë 👩🏽‍💻", "محمد",
                "</script>", "\u2028", "");
        String json = JsonArray.of(values);
        assertThat(Json.mapper().readValue(json, new TypeReference<List<String>>() {})).isEqualTo(values);
        assertThat(json).isEqualTo(Json.mapper().writeValueAsString(values));
    }

    @Test
    void emptyIsAnEmptyArray() {
        assertThat(JsonArray.of(List.of())).isEqualTo("[]");
    }
}
