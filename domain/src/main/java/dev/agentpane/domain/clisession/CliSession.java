package dev.agentpane.domain.clisession;

import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A Claude Code CLI session as the monitor daemon last reported it; the daemon's {@link #sessionId} identifies it,
 * so a report of a known session replaces the stored one. {@link #create} makes a new one, {@link #withId} rebuilds
 * a stored one.
 *
 * @param projectHash    the daemon's key of the project directory; empty when it sent none
 * @param startedAt      epoch milliseconds, as the daemon reports it
 * @param lastActivityAt epoch milliseconds
 * @param lastReadOffset how far the daemon has read the session's transcript file, in bytes
 * @param parentSessionId the session that started this subagent's session; no reference is enforced
 */
public record CliSession(
        CliSessionId id,
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
        String parentSessionId,
        Instant createdAt,
        Instant updatedAt) {

    public static final int SESSION_ID_MAX = 200;
    public static final int PATH_MAX = 4_096;
    public static final int PROJECT_NAME_MAX = 1_000;
    public static final int PROJECT_HASH_MAX = 1_000;
    public static final int GIT_BRANCH_MAX = 250;
    public static final int GOAL_MAX = 500;
    public static final int RECENT_OUTPUT_MAX = 1_000;
    public static final int MODEL_MAX = 200;

    public CliSession {
        Objects.requireNonNull(id, "id");
        sessionId = Text.required(sessionId, SESSION_ID_MAX, "Session id");
        filePath = Text.optional(Objects.requireNonNull(filePath, "filePath"), PATH_MAX, "File path");
        cwd = Text.optional(Objects.requireNonNull(cwd, "cwd"), PATH_MAX, "Working directory");
        projectName = Text.optional(Objects.requireNonNull(projectName, "projectName"), PROJECT_NAME_MAX, "Project name");
        projectHash = Text.optional(Objects.requireNonNull(projectHash, "projectHash"), PROJECT_HASH_MAX, "Project hash");
        gitBranch = Text.optional(gitBranch, GIT_BRANCH_MAX, "Git branch");
        Objects.requireNonNull(status, "status");
        Counts.notNegative(messageCount, "messageCount");
        Counts.notNegative(turnCount, "turnCount");
        Counts.notNegative(lastReadOffset, "lastReadOffset");
        goal = Text.optional(goal, GOAL_MAX, "Goal");
        recentOutput = Text.optional(recentOutput, RECENT_OUTPUT_MAX, "Recent output");
        model = Text.optional(model, MODEL_MAX, "Model");
        parentSessionId = Text.optional(parentSessionId, SESSION_ID_MAX, "Parent session id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static CliSession create(String sessionId, String filePath, String cwd, String projectName, String projectHash,
            String gitBranch, CliSessionStatus status, int messageCount, int turnCount, String goal, String recentOutput,
            PendingToolUse pendingToolUse, TokenUsage tokenUsage, PerformanceMetrics performanceMetrics, String model,
            long startedAt, long lastActivityAt, long lastReadOffset, boolean isSubagent, String parentSessionId, Instant now) {
        return new CliSession(CliSessionId.generate(now.toEpochMilli()), sessionId, filePath, cwd, projectName, projectHash,
                gitBranch, status, messageCount, turnCount, goal, recentOutput, pendingToolUse, tokenUsage,
                performanceMetrics, model, startedAt, lastActivityAt, lastReadOffset, isSubagent, parentSessionId, now, now);
    }

    public static CliSession withId(CliSessionId id, String sessionId, String filePath, String cwd, String projectName,
            String projectHash, String gitBranch, CliSessionStatus status, int messageCount, int turnCount, String goal,
            String recentOutput, PendingToolUse pendingToolUse, TokenUsage tokenUsage, PerformanceMetrics performanceMetrics,
            String model, long startedAt, long lastActivityAt, long lastReadOffset, boolean isSubagent, String parentSessionId,
            Instant createdAt, Instant updatedAt) {
        return new CliSession(id, sessionId, filePath, cwd, projectName, projectHash, gitBranch, status, messageCount,
                turnCount, goal, recentOutput, pendingToolUse, tokenUsage, performanceMetrics, model, startedAt,
                lastActivityAt, lastReadOffset, isSubagent, parentSessionId, createdAt, updatedAt);
    }

    /** The same report under another identity: the id and creation time a stored copy of the session already has. */
    public CliSession withIdentity(CliSessionId storedId, Instant storedCreatedAt) {
        return new CliSession(storedId, sessionId, filePath, cwd, projectName, projectHash, gitBranch, status, messageCount,
                turnCount, goal, recentOutput, pendingToolUse, tokenUsage, performanceMetrics, model, startedAt, lastActivityAt,
                lastReadOffset, isSubagent, parentSessionId, storedCreatedAt, updatedAt);
    }
}
