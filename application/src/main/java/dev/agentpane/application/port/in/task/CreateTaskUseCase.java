package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.task.PositionedTask;

public interface CreateTaskUseCase {
    /**
     * Appends a card to the end of the project's backlog.
     *
     * @throws dev.agentpane.domain.project.ProjectNotFoundException when the project does not exist
     */
    PositionedTask create(CreateTaskCommand command);
}
