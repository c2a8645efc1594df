package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskNotFoundException;

public interface GetTaskUseCase {
    /**
     * @throws TaskNotFoundException when no task has the id
     */
    PositionedTask get(TaskId id);
}
