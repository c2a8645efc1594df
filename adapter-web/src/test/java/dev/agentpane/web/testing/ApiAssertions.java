package dev.agentpane.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the route contracts check again and again. */
public final class ApiAssertions {
    /** A timestamp on the wire: ISO-8601 UTC with milliseconds. */
    public static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    private ApiAssertions() {
    }

    /** An error envelope with this status and code, and a message. */
    public static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(true)).isFalse();
        assertThat(response.errorCode()).isEqualTo(code);
        assertThat(response.errorMessage()).isNotBlank();
    }

    /** The field holds an explicit JSON null (present, not omitted). */
    public static void assertExplicitNull(JsonNode object, String field) {
        assertThat(object.has(field) && object.get(field).isNull()).as(field + " is an explicit null").isTrue();
    }

    public static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    /** The {@code name} of each item, in order. */
    public static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.path("name").asString()));
        return names;
    }

    /** Waits, without sleeping, until the clock shows a later millisecond, so that timestamps written next order strictly. */
    public static void nextMillisecond() {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() == now) {
            Thread.onSpinWait();
        }
    }
}
