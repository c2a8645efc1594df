package dev.agentpane.domain.task;

/** The caller changed a task on the basis of a version that is no longer current. */
public class TaskVersionConflictException extends RuntimeException {
    private final long currentVersion;

    public TaskVersionConflictException(TaskId id, long expectedVersion, long currentVersion) {
        super("Task " + id + " is at version " + currentVersion + ", not " + expectedVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
