package dev.agentpane.application.session;

import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.sessionevent.SessionEvent;
import dev.agentpane.domain.sessionsummary.SessionFinalStatus;
import dev.agentpane.domain.sessionsummary.SessionSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What appended events change in a session's summary. The original only bumped {@code updatedAt} (reference §4.5);
 * here the figures that the event payloads of reference §11 carry are counted as well:
 * <ul>
 *   <li>{@code agent:turn} / {@code container-agent:turn} with a number {@code turn}, and the ending events with a
 *       number {@code turnCount}: {@code turnsCount} is the highest turn seen;</li>
 *   <li>any event whose {@code data.usage} holds {@code input_tokens}/{@code output_tokens} (or {@code inputTokens}/
 *       {@code outputTokens}) numbers: {@code tokensUsed} grows by their sum;</li>
 *   <li>{@code container-agent:file_changed} with numbers {@code additions}/{@code deletions}: {@code linesAdded}/
 *       {@code linesRemoved} grow by them;</li>
 *   <li>ending events set {@code finalStatus} and {@code durationMs} (event time minus the session's creation):
 *       {@code agent:completed} and {@code container-agent:complete} with status {@code completed} (or none) →
 *       {@code success}; {@code container-agent:complete} with {@code cancelled} and {@code container-agent:cancelled}
 *       → {@code cancelled}; {@code turn_limit}, {@code agent:turn_limit}, {@code agent:error},
 *       {@code container-agent:error} → {@code failed}.</li>
 * </ul>
 * {@code updatedAt} is always the time of the append. Values that are not numbers are ignored, never an error.
 */
final class SessionSummaryRules {
    private SessionSummaryRules() {
    }

    static SessionSummary apply(SessionSummary summary, Session session, List<SessionEvent> events, Instant now) {
        long turns = summary.turnsCount();
        long tokens = summary.tokensUsed();
        long linesAdded = summary.linesAdded();
        long linesRemoved = summary.linesRemoved();
        Long durationMs = summary.durationMs();
        SessionFinalStatus finalStatus = summary.finalStatus();
        for (SessionEvent event : events) {
            Map<?, ?> data = event.data() instanceof Map<?, ?> map ? map : Map.of();
            tokens = plus(tokens, usage(data.get("usage")));
            SessionFinalStatus ending = null;
            switch (event.type()) {
                case "agent:turn", "container-agent:turn" -> turns = Math.max(turns, count(data.get("turn")));
                case "container-agent:file_changed" -> {
                    linesAdded = plus(linesAdded, count(data.get("additions")));
                    linesRemoved = plus(linesRemoved, count(data.get("deletions")));
                }
                case "agent:completed" -> ending = SessionFinalStatus.SUCCESS;
                case "agent:turn_limit", "agent:error", "container-agent:error" -> ending = SessionFinalStatus.FAILED;
                case "container-agent:cancelled" -> ending = SessionFinalStatus.CANCELLED;
                case "container-agent:complete" -> ending = switch (String.valueOf(data.get("status"))) {
                    case "cancelled" -> SessionFinalStatus.CANCELLED;
                    case "turn_limit" -> SessionFinalStatus.FAILED;
                    default -> SessionFinalStatus.SUCCESS;
                };
                default -> {
                }
            }
            if (ending != null) {
                finalStatus = ending;
                turns = Math.max(turns, count(data.get("turnCount")));
                durationMs = Math.max(0, event.timestamp() - session.createdAt().toEpochMilli());
            }
        }
        return SessionSummary.withId(summary.id(), summary.sessionId(), durationMs, toInt(turns), tokens, summary.filesModified(),
                toInt(linesAdded), toInt(linesRemoved), finalStatus, now);
    }

    private static long usage(Object usage) {
        if (!(usage instanceof Map<?, ?> map)) {
            return 0;
        }
        return plus(plus(count(map.get("input_tokens")), count(map.get("output_tokens"))),
                plus(count(map.get("inputTokens")), count(map.get("outputTokens"))));
    }

    /** A non-negative whole number, else 0. */
    private static long count(Object value) {
        if (value instanceof Number number && number.doubleValue() >= 0 && Double.isFinite(number.doubleValue())) {
            return number.longValue();
        }
        return 0;
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static int toInt(long value) {
        return (int) Math.min(value, Integer.MAX_VALUE);
    }
}
