package dev.agentpane.domain.worktree;

public class WorktreeNotFoundException extends RuntimeException {
    public WorktreeNotFoundException(WorktreeId id) {
        super("Worktree not found: " + id);
    }
}
