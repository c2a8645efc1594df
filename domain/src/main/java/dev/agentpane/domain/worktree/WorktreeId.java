package dev.agentpane.domain.worktree;

import dev.agentpane.domain.shared.EntityId;

public record WorktreeId(String value) {
    public WorktreeId {
        EntityId.require(value, "id");
    }

    public static WorktreeId of(String value) {
        return new WorktreeId(value);
    }

    public static WorktreeId generate(long epochMillis) {
        return new WorktreeId(EntityId.generate(epochMillis));
    }

    @Override
    public String toString() {
        return value;
    }
}
