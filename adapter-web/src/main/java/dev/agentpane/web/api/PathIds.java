package dev.agentpane.web.api;

import dev.agentpane.domain.shared.InvalidIdException;
import java.util.function.Function;

/** Ids taken from a path or query, refused with the original's message ("Invalid template ID format", …). */
public final class PathIds {
    private PathIds() {
    }

    /** @param what the kind of id in the message, e.g. {@code template} */
    public static <T> T of(String raw, Function<String, T> factory, String what) {
        try {
            return factory.apply(raw);
        } catch (InvalidIdException e) {
            throw new ApiException(400, ErrorCode.INVALID_ID, "Invalid " + what + " ID format");
        }
    }
}
