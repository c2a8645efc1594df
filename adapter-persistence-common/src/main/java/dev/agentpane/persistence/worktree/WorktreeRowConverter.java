package dev.agentpane.persistence.worktree;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.worktree.Worktree;
import dev.agentpane.domain.worktree.WorktreeId;
import dev.agentpane.domain.worktree.WorktreeStatus;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Worktree ⇄ row. Rows become worktrees through the aggregate's validating constructor. */
@Mapper
public interface WorktreeRowConverter {
    WorktreeRowConverter INSTANCE = Mappers.getMapper(WorktreeRowConverter.class);

    WorktreeRow toRow(Worktree worktree);

    Worktree toWorktree(WorktreeRow row);

    default String idValue(WorktreeId id) {
        return id.value();
    }

    default WorktreeId worktreeId(String value) {
        return WorktreeId.of(value);
    }

    default String projectIdValue(ProjectId id) {
        return id.value();
    }

    default ProjectId projectId(String value) {
        return ProjectId.of(value);
    }

    default String statusValue(WorktreeStatus status) {
        return status.wireValue();
    }

    default WorktreeStatus status(String value) {
        return WireValue.parse(WorktreeStatus.class, value, "status");
    }
}
