package dev.agentpane.web.api;

import dev.agentpane.domain.shared.Change;
import dev.agentpane.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A request body read as the fields it changes: an absent field is {@link Change#keep()}, {@code "field": null} is a
 * change to null (for a new resource, {@link #forCreateNamed} reads null as absent, so defaults apply), any other value is
 * checked for its JSON type as {@link JsonBody} does, never coerced. The whole body is checked to be storable first
 * ({@link StorableText}).
 */
public final class JsonChanges {
    private final JsonNode object;
    private final JsonBody body;
    private final boolean nullIsAbsent;

    private JsonChanges(JsonNode object, boolean nullIsAbsent) {
        this.body = JsonBody.of(object);
        this.object = object;
        this.nullIsAbsent = nullIsAbsent;
    }

    /** A partial update: null clears a field. */
    public static JsonChanges forUpdate(JsonNode json) {
        return new JsonChanges(json, false);
    }

    /**
     * A new resource that must have a {@code name}: null means "not given".
     *
     * @throws ApiException 400 {@code MISSING_PARAMS} "Name is required" (the original's answer) when the name is
     *                      absent, null or empty
     */
    public static JsonChanges forCreateNamed(JsonNode json) {
        JsonChanges fields = new JsonChanges(json, true);
        String name = fields.body.optionalString("name");
        if (name == null || name.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_PARAMS, "Name is required");
        }
        return fields;
    }

    public Change<String> string(String field) {
        return change(field, body::optionalString);
    }

    public Change<Boolean> bool(String field) {
        return change(field, body::optionalBoolean);
    }

    public Change<Integer> integer(String field) {
        return change(field, body::optionalInteger);
    }

    public Change<List<String>> stringList(String field) {
        return change(field, body::optionalStringList);
    }

    public Change<Map<String, Object>> object(String field) {
        return change(field, body::optionalObject);
    }

    /** Any JSON number, as a double. */
    public Change<Double> number(String field) {
        return change(field, name -> {
            JsonNode value = object.get(name);
            if (!value.isNumber()) {
                throw JsonBody.wrongType(name, "a number", value);
            }
            return value.doubleValue();
        });
    }

    /** A JSON number that must be integral; its value may exceed an int, so that a bound check can name it. */
    public Change<Long> integralNumber(String field) {
        return change(field, name -> {
            JsonNode value = object.get(name);
            if (!value.isNumber() || !value.isIntegralNumber() || !value.canConvertToLong()) {
                throw JsonBody.wrongType(name, "an integer", value);
            }
            return value.longValue();
        });
    }

    /** A JSON array of JSON objects, each as plain Java values. */
    public Change<List<Map<String, Object>>> objectList(String field) {
        return change(field, name -> {
            JsonNode value = object.get(name);
            if (!value.isArray()) {
                throw JsonBody.wrongType(name, "an array of objects", value);
            }
            List<Map<String, Object>> elements = new ArrayList<>();
            for (JsonNode element : value) {
                if (!element.isObject()) {
                    throw new ValidationException(name + " must be an array of objects, but holds " + JsonBody.typeOf(element));
                }
                elements.add(WireJson.toPlainObject(element));
            }
            return elements;
        });
    }

    /** The field is present (a value or null, when null counts); its reader checks the type. */
    private <T> Change<T> change(String field, Function<String, T> reader) {
        JsonNode value = object.get(field);
        if (value == null || (value.isNull() && nullIsAbsent)) {
            return Change.keep();
        }
        return value.isNull() ? Change.to(null) : Change.to(reader.apply(field));
    }
}
