package dev.agentpane.persistence.sandbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * Statements on {@code sandbox_instances} and {@code sandbox_tmux_sessions}; each dialect's
 * {@code mybatis/<dialect>/SandboxInstanceMapper.xml} holds their SQL.
 */
@Mapper
public interface SandboxInstanceMapper {
    void insert(SandboxInstanceRow row);

    /** Every column but the project. */
    int update(SandboxInstanceRow row);

    SandboxInstanceRow findById(String id);

    SandboxInstanceRow findByProjectId(String projectId);

    int deleteById(String id);

    void insertTmuxSession(SandboxTmuxSessionRow row);

    /** The task, window count, attachment and activity. */
    int updateTmuxSession(SandboxTmuxSessionRow row);

    List<SandboxTmuxSessionRow> findTmuxSessions(String sandboxId);

    int deleteTmuxSession(String id);
}
