package dev.agentpane.domain.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose constants have the spelling the original uses on the wire and in the database ({@code in_progress},
 * {@code tool:start}, …).
 */
public interface WireValue {
    String wireValue();

    /** The constant spelled {@code value}; anything else is a {@link ValidationException} listing the allowed values. */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireValue().equals(value)) {
                return constant;
            }
        }
        throw new ValidationException(field + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(WireValue::wireValue).collect(Collectors.joining(", ")) + ", got " + (value == null ? "nothing" : "'" + value + "'"));
    }
}
