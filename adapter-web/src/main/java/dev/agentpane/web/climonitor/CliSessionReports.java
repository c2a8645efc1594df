package dev.agentpane.web.climonitor;

import dev.agentpane.application.port.in.climonitor.IngestCliSessionsCommand.Report;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.domain.clisession.CompactionEvent;
import dev.agentpane.domain.clisession.CompactionType;
import dev.agentpane.domain.clisession.ContextHealth;
import dev.agentpane.domain.clisession.PendingToolUse;
import dev.agentpane.domain.clisession.PerformanceMetrics;
import dev.agentpane.domain.clisession.TokenUsage;
import dev.agentpane.domain.clisession.TurnMetrics;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.web.api.JsonBody;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads the sessions of an ingest body with the original's schema (reference §5.16): the same required fields and
 * defaults; numbers the daemon counts must be integers. A problem names the field, inside the object that holds it.
 */
final class CliSessionReports {
    /** Bounds the metrics a session carries; the daemon keeps far fewer. */
    static final int MAX_METRIC_ENTRIES = 1_000;

    private CliSessionReports() {
    }

    static Report read(JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String sessionId = body.requiredString("sessionId", "sessionId is required");
        String filePath = body.requiredString("filePath", "filePath is required");
        String cwd = body.requiredString("cwd", "cwd is required");
        String projectName = body.requiredString("projectName", "projectName is required");
        CliSessionStatus status = WireValue.parse(CliSessionStatus.class, body.requiredString("status", "status is required"), "status");
        int messageCount = body.requiredInteger("messageCount");
        int turnCount = body.requiredInteger("turnCount");
        JsonNode tokenUsage = body.requiredObjectNode("tokenUsage");
        JsonNode pendingToolUse = body.optionalObjectNode("pendingToolUse");
        JsonNode performanceMetrics = body.optionalObjectNode("performanceMetrics");
        return new Report(sessionId, filePath, cwd, projectName, body.optionalString("projectHash"), body.optionalString("gitBranch"),
                status, messageCount, turnCount, body.optionalString("goal"), body.optionalString("recentOutput"),
                pendingToolUse == null ? null : nested("pendingToolUse", () -> pendingToolUse(pendingToolUse)),
                nested("tokenUsage", () -> tokenUsage(tokenUsage)),
                performanceMetrics == null ? null : nested("performanceMetrics", () -> performanceMetrics(performanceMetrics)),
                body.optionalString("model"), body.requiredLong("startedAt"), body.requiredLong("lastActivityAt"),
                orElse(body.optionalLong("lastReadOffset"), 0L), orElse(body.optionalBoolean("isSubagent"), false),
                body.optionalString("parentSessionId"));
    }

    private static PendingToolUse pendingToolUse(JsonNode json) {
        JsonBody body = JsonBody.of(json);
        return new PendingToolUse(body.requiredString("toolName", "toolName is required"),
                body.requiredString("toolId", "toolId is required"));
    }

    private static TokenUsage tokenUsage(JsonNode json) {
        JsonBody body = JsonBody.of(json);
        return new TokenUsage(orElse(body.optionalLong("inputTokens"), 0L), orElse(body.optionalLong("outputTokens"), 0L),
                orElse(body.optionalLong("cacheCreationTokens"), 0L), orElse(body.optionalLong("cacheReadTokens"), 0L),
                body.optionalLong("ephemeral5mTokens"), body.optionalLong("ephemeral1hTokens"));
    }

    private static PerformanceMetrics performanceMetrics(JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String health = body.optionalString("healthStatus");
        return new PerformanceMetrics(
                orElse(body.optionalInteger("compactionCount"), 0),
                body.optionalLong("lastCompactionAt"),
                nested("compactionEvents", () -> each(body.optionalArray("compactionEvents"), CliSessionReports::compactionEvent)),
                nested("recentTurns", () -> each(body.optionalArray("recentTurns"), CliSessionReports::turn)),
                orElse(body.optionalNumber("cacheHitRatio"), 0.0),
                orElse(body.optionalLong("contextWindowUsed"), 0L),
                orElse(body.optionalLong("contextWindowLimit"), 0L),
                orElse(body.optionalNumber("contextPressure"), 0.0),
                health == null ? ContextHealth.HEALTHY : WireValue.parse(ContextHealth.class, health, "healthStatus"));
    }

    private static CompactionEvent compactionEvent(JsonNode json) {
        JsonBody body = JsonBody.of(json);
        return new CompactionEvent(
                WireValue.parse(CompactionType.class, body.requiredString("type", "type is required"), "type"),
                body.requiredLong("timestamp"),
                body.requiredString("trigger", "trigger is required"),
                body.requiredLong("preTokens"),
                body.optionalLong("tokensSaved"),
                body.requiredString("sessionId", "sessionId is required"),
                body.optionalString("parentSessionId"));
    }

    private static TurnMetrics turn(JsonNode json) {
        JsonBody body = JsonBody.of(json);
        return new TurnMetrics(body.requiredInteger("turnNumber"), body.requiredLong("inputTokens"), body.requiredLong("outputTokens"),
                body.requiredLong("cacheReadTokens"), body.requiredLong("cacheCreationTokens"), body.requiredLong("timestamp"));
    }

    private static <T> List<T> each(List<JsonNode> items, Function<JsonNode, T> read) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_METRIC_ENTRIES) {
            throw new ValidationException("at most " + MAX_METRIC_ENTRIES + " entries are allowed");
        }
        List<T> entries = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            entries.add(nested("entry " + i, () -> read.apply(item)));
        }
        return entries;
    }

    private static <T> T orElse(T value, T defaultValue) {
        return value == null ? defaultValue : value;
    }

    /** Runs {@code read}, naming {@code where} in front of the message of any problem it finds. */
    static <T> T nested(String where, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            throw new ValidationException(where + ": " + e.getMessage());
        }
    }
}
