package dev.agentpane.persistence.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON columns as text: JSON objects become trees of plain Java values (Map, List, String, Long, Double, BigInteger,
 * BigDecimal, Boolean, null). Integers always read as Long (or BigInteger), so a tree reads back equal to the one written.
 */
public final class JsonCodec {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private JsonCodec() {
    }

    public static Map<String, Object> readObject(String json) {
        return json == null ? null : MAPPER.readValue(json, OBJECT);
    }

    public static String write(Object tree) {
        return tree == null ? null : MAPPER.writeValueAsString(tree);
    }
}
