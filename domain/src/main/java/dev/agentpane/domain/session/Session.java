package dev.agentpane.domain.session;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A collaboration session of a project, optionally bound to a task and an agent. {@link #create} makes a new one,
 * {@link #withId} rebuilds a stored one.
 *
 * @param taskId  id of a task, or null (tasks are their own aggregate)
 * @param agentId id of an agent, or null (agents are their own aggregate)
 * @param url     where the web client shows the session: {@code <prefix>/sessions/<id>}
 */
public record Session(
        SessionId id,
        ProjectId projectId,
        String taskId,
        String agentId,
        SessionStatus status,
        String title,
        String url,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt) {

    public static final int TITLE_MAX = 500;
    public static final int URL_MAX = 2048;

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        taskId = taskId == null ? null : EntityId.require(taskId, "taskId");
        agentId = agentId == null ? null : EntityId.require(agentId, "agentId");
        Objects.requireNonNull(status, "status");
        title = Text.optional(title, TITLE_MAX, "Title");
        url = Text.required(url, URL_MAX, "URL");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new session, {@code initializing} as the original inserts it; its url is {@code urlPrefix + "/sessions/" + id}
     * ({@code http://localhost:3001} from the session service, {@code /projects/<projectId>} from a task move).
     */
    public static Session create(ProjectId projectId, String taskId, String agentId, String title, String urlPrefix,
            Instant now) {
        SessionId id = SessionId.generate(now.toEpochMilli());
        return new Session(id, projectId, taskId, agentId, SessionStatus.INITIALIZING, title,
                urlPrefix + "/sessions/" + id, now, now, null);
    }

    public static Session withId(SessionId id, ProjectId projectId, String taskId, String agentId, SessionStatus status,
            String title, String url, Instant createdAt, Instant updatedAt, Instant closedAt) {
        return new Session(id, projectId, taskId, agentId, status, title, url, createdAt, updatedAt, closedAt);
    }

    public Session withStatus(SessionStatus newStatus, Instant now) {
        return new Session(id, projectId, taskId, agentId, newStatus, title, url, createdAt, now, closedAt);
    }
}
