package dev.agentpane.domain.task;

public class TaskNotFoundException extends RuntimeException {
    public TaskNotFoundException(TaskId id) {
        super("Task not found: " + id);
    }
}
