package dev.agentpane.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.web.testing.ApiClient.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Assertions on answers of the API shared by the route contracts. */
public final class ApiAssertions {
    /** A timestamp on the wire: ISO-8601 UTC with milliseconds. */
    public static final String ISO_MILLIS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    private ApiAssertions() {
    }

    /** An error envelope with this status and code and some message. */
    public static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(true)).isFalse();
        assertThat(response.errorCode()).as(response.body()).isEqualTo(code);
        assertThat(response.errorMessage()).isNotBlank();
    }

    /** A service error as the original forwards it: the envelope also carries the status. */
    public static void assertServiceError(ApiResponse response, int status, String code) {
        assertError(response, status, code);
        assertThat(response.json().at("/error/status").asInt()).as(response.body()).isEqualTo(status);
    }

    /** A successful answer with this status; returns its {@code data}. */
    public static JsonNode assertData(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("ok").asBoolean(false)).as(response.body()).isTrue();
        return response.json().path("data");
    }

    /** An ISO timestamp within [from, to]. */
    public static void assertInstantBetween(String iso, Instant from, Instant to) {
        assertThat(iso).matches(ISO_MILLIS);
        Instant instant = Instant.parse(iso);
        assertThat(instant).isBetween(from.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), to);
    }

    /** The texts of an array: its elements ({@code field} null) or a field of each. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(field == null ? item.asString() : item.path(field).asString()));
        return values;
    }

    /**
     * Returns once the clock has moved past the current millisecond, so that the next write gets a later timestamp
     * than every write before it (timestamps have millisecond precision). Waits for the clock, not for a duration.
     */
    public static void awaitNextMillisecond() {
        long now = System.currentTimeMillis();
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (System.currentTimeMillis() <= now) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The clock did not move for a second");
            }
            Thread.onSpinWait();
        }
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
        return texts(items, "name");
    }
}
