package dev.agentpane.persistence.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CanonicalFormTest {

    @Test
    void json_is_equal_whatever_jsonb_did_to_its_text() {
        String sqlite = "{\"b\": 1.50, \"a\": [1e2, {\"z\": null}], \"s\": \"\\u00e9\", \"d\": 1, \"d\": 2}";
        String postgres = "{\"a\": [100, {\"z\": null}], \"b\": 1.50, \"d\": 2, \"s\": \"é\"}";

        assertThat(CanonicalForm.json(sqlite)).isEqualTo(CanonicalForm.json(postgres)).isEqualTo("{\"a\":[100,{\"z\":null}],\"b\":1.5,\"d\":2,\"s\":\"é\"}");
    }

    @Test
    void json_that_differs_stays_different() {
        assertThat(CanonicalForm.json("[1, 2]")).isNotEqualTo(CanonicalForm.json("[2, 1]"));
        assertThat(CanonicalForm.json("{\"a\": \"1\"}")).isNotEqualTo(CanonicalForm.json("{\"a\": 1}"));
        assertThat(CanonicalForm.json("not json")).isNotEqualTo(CanonicalForm.json("\"not json\""));
    }

    @Test
    void strings_inside_json_are_escaped_as_jackson_escapes_them() {
        StringBuilder everyKind = new StringBuilder("quote \" backslash \\ slash / é 😀 ");
        for (char c = 0; c < 0x20; c++) {
            everyKind.append(c);
        }
        String escaped = JsonMapper.shared().writeValueAsString(everyKind.toString());

        assertThat(CanonicalForm.json("[" + escaped + ", true, false, null]")).isEqualTo("[" + escaped + ",true,false,null]");
        assertThat(CanonicalForm.json("{" + escaped + ": 1}")).isEqualTo("{" + escaped + ":1}");
    }

    @Test
    void instants_compare_at_millisecond_precision() {
        assertThat(CanonicalForm.of(LogicalType.TIMESTAMP, Instant.parse("2026-01-02T03:04:05.678912Z")))
                .isEqualTo(CanonicalForm.of(LogicalType.TIMESTAMP, Instant.parse("2026-01-02T03:04:05.678Z")))
                .isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(CanonicalForm.of(LogicalType.TIMESTAMP, Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
    }

    @Test
    void each_type_has_one_text_and_null_has_none() {
        assertThat(CanonicalForm.of(LogicalType.BOOLEAN, true)).isEqualTo("true");
        assertThat(CanonicalForm.of(LogicalType.INTEGER, Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
        assertThat(CanonicalForm.of(LogicalType.REAL, -0.0)).isEqualTo(CanonicalForm.of(LogicalType.REAL, 0.0));
        assertThat(CanonicalForm.of(LogicalType.REAL, 0.1)).isEqualTo("0.1");
        assertThat(CanonicalForm.of(LogicalType.TEXT, null)).isNull();
    }

    @Test
    void a_composite_key_cannot_be_confused_with_another() {
        assertThat(CanonicalForm.key(List.of("a,b", "c"))).isNotEqualTo(CanonicalForm.key(List.of("a", "b,c")));
        assertThat(CanonicalForm.key(List.of("only"))).isEqualTo("only");
    }
}
