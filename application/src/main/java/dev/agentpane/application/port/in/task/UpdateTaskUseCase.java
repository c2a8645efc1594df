package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.TaskNotFoundException;
import dev.agentpane.domain.task.TaskVersionConflictException;

public interface UpdateTaskUseCase {
    /**
     * @throws TaskNotFoundException when no task has the id
     * @throws TaskVersionConflictException when the expected version is stale
     */
    PositionedTask update(UpdateTaskCommand command);
}
