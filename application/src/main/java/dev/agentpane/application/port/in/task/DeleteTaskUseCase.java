package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskNotFoundException;

public interface DeleteTaskUseCase {
    /**
     * @throws TaskNotFoundException when no task has the id
     */
    void delete(TaskId id);
}
