package dev.agentpane.persistence.portability;

import dev.agentpane.domain.shared.InstantText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One text per value, the same whichever database the value was read from, so that checksums of the two sides of a
 * copy can be compared. Per {@link LogicalType}: text as is; integers in decimal; reals as Java prints the double
 * (zero without sign); booleans {@code true}/{@code false}; instants as ISO-8601 UTC with milliseconds (PostgreSQL keeps
 * microseconds, SQLite milliseconds); JSON compact with object keys sorted, numbers as plain decimals without trailing
 * zeros and the last of duplicate keys kept (what {@code jsonb} does). NULL is told apart from every text.
 */
public final class CanonicalForm {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalForm() {
    }

    /** The canonical text of {@code value}, or null for SQL NULL. */
    public static String of(LogicalType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> (String) value;
            case INTEGER -> Long.toString((Long) value);
            case REAL -> {
                double number = (Double) value;
                yield number == 0.0 ? "0.0" : Double.toString(number);
            }
            case BOOLEAN -> ((Boolean) value).toString();
            case JSON -> json((String) value);
            case TIMESTAMP -> instant((Instant) value);
        };
    }

    /** ISO-8601 UTC with exactly three fraction digits, the instant truncated to the millisecond. */
    public static String instant(Instant instant) {
        return InstantText.format(instant);
    }

    /** The JSON document in canonical form; a document that does not parse is kept as it is, marked. */
    public static String json(String document) {
        try {
            StringBuilder out = new StringBuilder(document.length());
            write(JSON.readTree(document), out);
            return out.toString();
        } catch (JacksonException notJson) {
            return "\u0000not json:" + document;
        }
    }

    /** The canonical key of a row: the primary key's one value, or a JSON array of its values. */
    public static String key(List<String> canonicalValues) {
        if (canonicalValues.size() == 1) {
            return String.valueOf(canonicalValues.get(0));
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < canonicalValues.size(); i++) {
            out.append(i == 0 ? "" : ",");
            if (canonicalValues.get(i) == null) {
                out.append("null");
            } else {
                quote(canonicalValues.get(i), out);
            }
        }
        return out.append(']').toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            entries.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                out.append(i == 0 ? "" : ",");
                quote(entries.get(i).getKey(), out);
                out.append(':');
                write(entries.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> elements = node.values().iterator();
            boolean first = true;
            while (elements.hasNext()) {
                out.append(first ? "" : ",");
                write(elements.next(), out);
                first = false;
            }
            out.append(']');
        } else if (node.isNumber()) {
            BigDecimal number = node.decimalValue();
            out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString());
        } else if (node.isString()) {
            quote(node.stringValue(), out);
        } else if (node.isBoolean() || node.isNull()) {
            out.append(node.isNull() ? "null" : Boolean.toString(node.booleanValue()));
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }

    /**
     * {@code text} as a JSON string, escaped as Jackson escapes it. By hand because a generator per string was most of
     * a copy's verification time.
     */
    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
