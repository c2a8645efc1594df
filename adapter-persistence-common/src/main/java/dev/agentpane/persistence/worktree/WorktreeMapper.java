package dev.agentpane.persistence.worktree;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code worktrees}; each dialect's {@code mybatis/<dialect>/WorktreeMapper.xml} holds their SQL. */
@Mapper
public interface WorktreeMapper {
    void insert(WorktreeRow row);

    int update(WorktreeRow row);

    WorktreeRow findById(String id);

    List<WorktreeRow> findByProject(String projectId);

    List<WorktreeRow> findByTask(String taskId);

    List<WorktreeRow> findByProjectAndBranch(@Param("projectId") String projectId, @Param("branch") String branch);

    List<WorktreeRow> findByPath(String path);

    List<WorktreeRow> findByProjectAndStatusUpdatedBefore(@Param("projectId") String projectId,
            @Param("status") String status, @Param("updatedBefore") Instant updatedBefore);

    int deleteById(String id);
}
