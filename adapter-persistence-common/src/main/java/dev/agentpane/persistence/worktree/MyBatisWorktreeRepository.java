package dev.agentpane.persistence.worktree;

import dev.agentpane.application.port.out.WorktreeRepository;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.worktree.Worktree;
import dev.agentpane.domain.worktree.WorktreeId;
import dev.agentpane.domain.worktree.WorktreeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public class MyBatisWorktreeRepository implements WorktreeRepository {
    private final WorktreeMapper mapper;
    private final WorktreeRowConverter converter = WorktreeRowConverter.INSTANCE;

    public MyBatisWorktreeRepository(WorktreeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(Worktree worktree) {
        mapper.insert(converter.toRow(worktree));
    }

    @Override
    public boolean update(Worktree worktree) {
        return mapper.update(converter.toRow(worktree)) == 1;
    }

    @Override
    public Optional<Worktree> findById(WorktreeId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toWorktree);
    }

    @Override
    public List<Worktree> findByProject(ProjectId projectId) {
        return toWorktrees(mapper.findByProject(projectId.value()));
    }

    @Override
    public List<Worktree> findByTask(String taskId) {
        return toWorktrees(mapper.findByTask(taskId));
    }

    @Override
    public List<Worktree> findByProjectAndBranch(ProjectId projectId, String branch) {
        return toWorktrees(mapper.findByProjectAndBranch(projectId.value(), branch));
    }

    @Override
    public List<Worktree> findByPath(String path) {
        return toWorktrees(mapper.findByPath(path));
    }

    @Override
    public List<Worktree> findByProjectAndStatusUpdatedBefore(ProjectId projectId, WorktreeStatus status,
            Instant updatedBefore) {
        return toWorktrees(mapper.findByProjectAndStatusUpdatedBefore(projectId.value(), converter.statusValue(status),
                updatedBefore));
    }

    @Override
    public boolean deleteById(WorktreeId id) {
        return mapper.deleteById(id.value()) == 1;
    }

    private List<Worktree> toWorktrees(List<WorktreeRow> rows) {
        return rows.stream().map(converter::toWorktree).toList();
    }
}
