package dev.agentpane.domain.worktree;

import dev.agentpane.domain.shared.WireValue;

/** The original's {@code WORKTREE_STATUS}. */
public enum WorktreeStatus implements WireValue {
    CREATING("creating"),
    ACTIVE("active"),
    MERGING("merging"),
    REMOVING("removing"),
    REMOVED("removed"),
    ERROR("error");

    private final String wireValue;

    WorktreeStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }
}
