package dev.agentpane.application.port.in.climonitor;

import dev.agentpane.domain.clisession.CliDaemon;
import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.CliSessionId;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.domain.clisession.PendingToolUse;
import dev.agentpane.domain.clisession.PerformanceMetrics;
import dev.agentpane.domain.clisession.TokenUsage;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * @param sessions          at most {@link #MAX_SESSIONS}; null means none
 * @param removedSessionIds at most {@link #MAX_REMOVED}; null means none
 */
public record IngestCliSessionsCommand(String daemonId, List<Report> sessions, List<String> removedSessionIds) {
    public static final int MAX_SESSIONS = 500;
    public static final int MAX_REMOVED = 500;

    public IngestCliSessionsCommand {
        daemonId = CliDaemon.requireDaemonId(daemonId);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        removedSessionIds = removedSessionIds == null ? List.of() : List.copyOf(removedSessionIds);
        if (sessions.size() > MAX_SESSIONS) {
            throw new ValidationException("At most " + MAX_SESSIONS + " sessions may be ingested at once");
        }
        if (removedSessionIds.size() > MAX_REMOVED) {
            throw new ValidationException("At most " + MAX_REMOVED + " removed session ids may be sent at once");
        }
    }

    /** One session as the daemon reports it: everything but the identity the store gives it. */
    public record Report(
            String sessionId,
            String filePath,
            String cwd,
            String projectName,
            String projectHash,
            String gitBranch,
            CliSessionStatus status,
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
            String parentSessionId) {

        private static final CliSessionId PROBE_ID = CliSessionId.of("report");

        public Report {
            projectHash = projectHash == null ? "" : projectHash;
            Objects.requireNonNull(tokenUsage, "tokenUsage");
            // A report must make a valid session: the domain's rules (fields are not assigned yet: use the parameters).
            CliSession.withId(PROBE_ID, sessionId, filePath, cwd, projectName, projectHash, gitBranch, status, messageCount,
                    turnCount, goal, recentOutput, pendingToolUse, tokenUsage, performanceMetrics, model, startedAt,
                    lastActivityAt, lastReadOffset, isSubagent, parentSessionId, Instant.EPOCH, Instant.EPOCH);
        }

        public CliSession toSession(CliSessionId id, Instant createdAt, Instant updatedAt) {
            return CliSession.withId(id, sessionId, filePath, cwd, projectName, projectHash, gitBranch, status, messageCount,
                    turnCount, goal, recentOutput, pendingToolUse, tokenUsage, performanceMetrics, model, startedAt,
                    lastActivityAt, lastReadOffset, isSubagent, parentSessionId, createdAt, updatedAt);
        }
    }
}
