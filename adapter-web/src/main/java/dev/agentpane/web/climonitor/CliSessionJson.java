package dev.agentpane.web.climonitor;

import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.PendingToolUse;
import dev.agentpane.domain.clisession.PerformanceMetrics;
import dev.agentpane.domain.clisession.TokenUsage;
import dev.agentpane.web.api.WireJson;

/**
 * A CLI session on the wire: the daemon's {@code CliSession} shape (reference §5.16), the same for live sessions, the
 * history and the stream, with absent values as explicit nulls; plus the stored {@code id}, {@code createdAt} and
 * {@code updatedAt}. Times the daemon reports stay epoch milliseconds.
 */
public record CliSessionJson(
        String id,
        String sessionId,
        String filePath,
        String cwd,
        String projectName,
        String projectHash,
        String gitBranch,
        String status,
        int messageCount,
        int turnCount,
        String goal,
        String recentOutput,
        PendingToolUse pendingToolUse,
        TokenUsage tokenUsage,
        PerformanceMetrics performanceMetrics,
        String model,
        long startedAt,
        long lastActivityAt,
        long lastReadOffset,
        boolean isSubagent,
        String parentSessionId,
        String createdAt,
        String updatedAt) {

    /** What a stored session without token usage (a row of the original's) shows, as the original showed it. */
    private static final TokenUsage NO_TOKENS = new TokenUsage(0, 0, 0, 0, null, null);

    public static CliSessionJson of(CliSession session) {
        return new CliSessionJson(session.id().value(), session.sessionId(), session.filePath(), session.cwd(),
                session.projectName(), session.projectHash(), session.gitBranch(), session.status().wireValue(),
                session.messageCount(), session.turnCount(), session.goal(), session.recentOutput(), session.pendingToolUse(),
                session.tokenUsage() == null ? NO_TOKENS : session.tokenUsage(), session.performanceMetrics(), session.model(),
                session.startedAt(), session.lastActivityAt(), session.lastReadOffset(), session.isSubagent(),
                session.parentSessionId(), WireJson.instant(session.createdAt()), WireJson.instant(session.updatedAt()));
    }
}
