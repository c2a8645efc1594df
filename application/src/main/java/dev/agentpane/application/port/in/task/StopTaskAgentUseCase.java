package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskNotFoundException;

public interface StopTaskAgentUseCase {
    /**
     * Releases the task from its agent and session and records the run as cancelled.
     *
     * @throws TaskNotFoundException when no task has the id
     */
    PositionedTask stopAgent(TaskId id);
}
