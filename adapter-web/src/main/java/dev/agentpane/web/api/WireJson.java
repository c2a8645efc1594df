package dev.agentpane.web.api;

import dev.agentpane.domain.shared.InstantText;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the API, and how instants look on the wire (ISO-8601 UTC with milliseconds, like JavaScript's toISOString). */
public final class WireJson {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private WireJson() {
    }

    public static String instant(Instant instant) {
        return InstantText.format(instant);
    }

    /** A JSON object node as a tree of plain Java values (Map, List, String, Long, Double, Boolean, null). */
    public static Map<String, Object> toPlainObject(JsonNode objectNode) {
        return MAPPER.convertValue(objectNode, OBJECT);
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }
}
