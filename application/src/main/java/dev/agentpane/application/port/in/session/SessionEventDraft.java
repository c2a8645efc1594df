package dev.agentpane.application.port.in.session;

import dev.agentpane.domain.shared.Text;
import java.util.Objects;

/**
 * One event a client appends.
 *
 * @param channel   null to derive it from the type ({@link dev.agentpane.domain.sessionevent.SessionEventChannel})
 * @param data      any JSON value but null, as plain Java values
 * @param timestamp epoch milliseconds; null for now
 */
public record SessionEventDraft(String type, String channel, Object data, Long timestamp) {
    public static final int TYPE_MAX = 100;
    public static final int CHANNEL_MAX = 100;

    public SessionEventDraft {
        type = Text.required(type, TYPE_MAX, "type");
        channel = channel == null ? null : Text.required(channel, CHANNEL_MAX, "channel");
        Objects.requireNonNull(data, "data");
        if (timestamp != null && timestamp < 0) {
            throw new dev.agentpane.domain.shared.ValidationException("timestamp must not be negative");
        }
    }
}
