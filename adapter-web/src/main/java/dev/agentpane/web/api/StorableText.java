package dev.agentpane.web.api;

import dev.agentpane.domain.shared.ValidationException;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What every database can store: no NUL character in any text (PostgreSQL refuses it in {@code text} and {@code jsonb}
 * alike, where SQLite would keep it) and no number JSON cannot write back (an exponent beyond a double reads as
 * infinity). Checked on the whole request, so such input is a 400, never a failed statement.
 */
public final class StorableText {
    private StorableText() {
    }

    /** @throws ValidationException naming the first field that holds what cannot be stored */
    public static void require(JsonNode body) {
        check(body, "body");
    }

    /** For query values, which reach the SQL as parameters. */
    public static String require(String value, String name) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw nul(name);
        }
        return value;
    }

    private static void check(JsonNode node, String path) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            require(node.asString(), path);
        } else if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            throw new ValidationException(path + " holds a number too large to store");
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode element : node) {
                check(element, path + "[" + index++ + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = "body".equals(path) ? field.getKey() : path + "." + field.getKey();
                require(field.getKey(), child);
                check(field.getValue(), child);
            }
        }
    }

    private static ValidationException nul(String name) {
        return new ValidationException(name + " must not contain the NUL character (\\u0000)");
    }
}
