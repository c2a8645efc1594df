package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.Text;
import java.util.Objects;

/**
 * One time the CLI shrank a session's context.
 *
 * @param timestamp       epoch milliseconds, like every time the daemon reports
 * @param trigger         what started it, as the CLI names it ({@code auto}, {@code manual}, …)
 * @param tokensSaved     null when the CLI did not report it
 * @param parentSessionId null unless the session is a subagent's
 */
public record CompactionEvent(
        CompactionType type,
        long timestamp,
        String trigger,
        long preTokens,
        Long tokensSaved,
        String sessionId,
        String parentSessionId) {

    public static final int TRIGGER_MAX = 100;
    public static final int SESSION_ID_MAX = 200;

    public CompactionEvent {
        Objects.requireNonNull(type, "type");
        trigger = Text.required(trigger, TRIGGER_MAX, "Compaction trigger");
        Counts.notNegative(preTokens, "preTokens");
        sessionId = Text.required(sessionId, SESSION_ID_MAX, "Compaction session id");
        parentSessionId = Text.optional(parentSessionId, SESSION_ID_MAX, "Compaction parent session id");
    }
}
