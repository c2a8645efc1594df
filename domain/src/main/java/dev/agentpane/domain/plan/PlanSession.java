package dev.agentpane.domain.plan;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A planning conversation about a task, which may end in a GitHub issue. {@link #create} makes a new one,
 * {@link #withId} rebuilds a stored one.
 *
 * @param taskId the task's id as text, until the task aggregate's id type exists
 */
public record PlanSession(
        PlanSessionId id,
        String taskId,
        ProjectId projectId,
        PlanSessionStatus status,
        List<PlanTurn> turns,
        String githubIssueUrl,
        Integer githubIssueNumber,
        Instant createdAt,
        Instant completedAt,
        Instant updatedAt) {

    public static final int GITHUB_ISSUE_URL_MAX = 2000;

    public PlanSession {
        Objects.requireNonNull(id, "id");
        EntityId.require(taskId, "taskId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
        turns = List.copyOf(turns);
        githubIssueUrl = Text.optional(githubIssueUrl, GITHUB_ISSUE_URL_MAX, "GitHub issue URL");
        if (githubIssueNumber != null && githubIssueNumber < 1) {
            throw new ValidationException("GitHub issue number must be positive");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, active conversation without turns. */
    public static PlanSession create(String taskId, ProjectId projectId, Instant now) {
        return new PlanSession(PlanSessionId.generate(now.toEpochMilli()), taskId, projectId, PlanSessionStatus.ACTIVE,
                List.of(), null, null, now, null, now);
    }

    public static PlanSession withId(PlanSessionId id, String taskId, ProjectId projectId, PlanSessionStatus status,
            List<PlanTurn> turns, String githubIssueUrl, Integer githubIssueNumber, Instant createdAt,
            Instant completedAt, Instant updatedAt) {
        return new PlanSession(id, taskId, projectId, status, turns, githubIssueUrl, githubIssueNumber, createdAt,
                completedAt, updatedAt);
    }
}
