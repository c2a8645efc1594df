package dev.agentpane.application.port.in.task;

public interface ListTasksUseCase {
    TaskPage list(ListTasksQuery query);
}
