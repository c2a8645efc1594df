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

    /** A JSON column as a record or other value type; null stays null. */
    public static <T> T read(String json, Class<T> type) {
        return json == null ? null : MAPPER.readValue(json, type);
    }

    /** A JSON array column as a list of {@code elementType}; null stays null. */
    public static <T> java.util.List<T> readList(String json, Class<T> elementType) {
        return json == null ? null
                : MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, elementType));
    }

    /** Any JSON value (object, array, string, number, boolean, null) as plain Java values. */
    public static Object readTree(String json) {
        return json == null ? null : MAPPER.readValue(json, Object.class);
    }
}
