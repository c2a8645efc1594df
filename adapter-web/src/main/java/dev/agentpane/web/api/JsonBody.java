package dev.agentpane.web.api;

import dev.agentpane.domain.shared.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A request body read field by field, so that the first problem becomes one precise message (as the original's zod
 * schemas report it) and a value of the wrong JSON type is refused, never coerced. Absent and {@code null} fields
 * both read as absent.
 */
public final class JsonBody {
    private final JsonNode object;

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    /** Also refuses what no database can store anywhere in the body (a NUL character, an infinite number): a 400, not a failed statement. */
    public static JsonBody of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ValidationException("Request body must be a JSON object, received " + typeOf(body));
        }
        StorableText.require(body);
        return new JsonBody(body);
    }

    public boolean has(String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    /** Absent or null → {@code missingMessage}; present but not a string → a type error. */
    public String requiredString(String field, String missingMessage) {
        if (!has(field)) {
            throw new ValidationException(missingMessage);
        }
        return optionalString(field);
    }

    public String optionalString(String field) {
        return optional(field, JsonNode::isString, "a string", JsonNode::asString);
    }

    public Integer optionalInteger(String field) {
        return optional(field, value -> value.isIntegralNumber() && value.canConvertToInt(), "an integer", JsonNode::intValue);
    }

    /** Absent or null → {@code field is required}; present but not an integer → a type error. */
    public int requiredInteger(String field) {
        return required(field, optionalInteger(field));
    }

    public Long optionalLong(String field) {
        return optional(field, value -> value.isIntegralNumber() && value.canConvertToLong(), "an integer", JsonNode::longValue);
    }

    /** Absent or null → {@code field is required}; present but not an integer → a type error. */
    public long requiredLong(String field) {
        return required(field, optionalLong(field));
    }

    /** Any JSON number, integral or not. */
    public Double optionalNumber(String field) {
        return optional(field, JsonNode::isNumber, "a number", JsonNode::doubleValue);
    }

    /** The elements of a JSON array; absent or null → null. */
    public List<JsonNode> optionalArray(String field) {
        return optional(field, JsonNode::isArray, "an array", value -> value.valueStream().toList());
    }

    private <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field + " is required");
        }
        return value;
    }

    public Boolean optionalBoolean(String field) {
        return optional(field, JsonNode::isBoolean, "a boolean", JsonNode::booleanValue);
    }

    /** A JSON array of strings; absent or null → null. */
    public List<String> optionalStringList(String field) {
        return optional(field, value -> value.isArray() && value.valueStream().allMatch(JsonNode::isString), "an array of strings",
                value -> value.valueStream().map(JsonNode::asString).toList());
    }

    /** The field's JSON object node; absent or null → null. */
    public JsonNode optionalObjectNode(String field) {
        return optional(field, JsonNode::isObject, "an object", Function.identity());
    }

    /** Absent or null → null; a value of another JSON type than {@code accepted} → a validation error naming the field. */
    private <T> T optional(String field, Predicate<JsonNode> accepted, String expected, Function<JsonNode, T> read) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!accepted.test(value)) {
            throw wrongType(field, expected, value);
        }
        return read.apply(value);
    }

    public JsonNode requiredObjectNode(String field) {
        if (!has(field)) {
            throw new ValidationException(field + " is required");
        }
        return optionalObjectNode(field);
    }

    /** The field's JSON object as plain Java values; absent or null → null. */
    public Map<String, Object> optionalObject(String field) {
        JsonNode value = optionalObjectNode(field);
        return value == null ? null : WireJson.toPlainObject(value);
    }

    static ValidationException wrongType(String field, String expected, JsonNode actual) {
        return new ValidationException(field + " must be " + expected + ", received " + typeOf(actual));
    }

    static String typeOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }
}
