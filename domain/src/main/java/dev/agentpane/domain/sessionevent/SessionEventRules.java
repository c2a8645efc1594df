package dev.agentpane.domain.sessionevent;

import dev.agentpane.domain.shared.Text;
import java.util.Objects;

/** The checks shared by an event about to be appended and an appended one. */
final class SessionEventRules {
    static final int USER_ID_MAX = 500;

    private SessionEventRules() {
    }

    static String type(String type) {
        return Text.required(type, NewSessionEvent.TYPE_MAX, "Event type");
    }

    static String channel(String channel) {
        return Text.required(channel, NewSessionEvent.CHANNEL_MAX, "Event channel");
    }

    /** The payload column is NOT NULL: a payload is any JSON value but JSON null. */
    static Object data(Object data) {
        return Objects.requireNonNull(data, "data");
    }

    static String userId(String userId) {
        return Text.optional(userId, USER_ID_MAX, "User id");
    }
}
