package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.task.TaskColumn;
import java.util.Objects;

/**
 * A project's cards, column by column.
 *
 * @param column null for every column
 */
public record ListTasksQuery(ProjectId projectId, TaskColumn column, int limit, int offset) {
    /** Large enough for a whole board: the original's client asks without a limit and its default of 50 cut boards short. */
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 1000;

    public ListTasksQuery {
        Objects.requireNonNull(projectId, "projectId");
        Text.inRange(limit, 1, MAX_LIMIT, "limit");
        Text.inRange(offset, 0, Integer.MAX_VALUE, "offset");
    }
}
