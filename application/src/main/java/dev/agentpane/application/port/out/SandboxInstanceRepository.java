package dev.agentpane.application.port.out;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.DuplicateSandboxInstanceException;
import dev.agentpane.domain.sandbox.DuplicateTmuxSessionException;
import dev.agentpane.domain.sandbox.SandboxInstance;
import dev.agentpane.domain.sandbox.SandboxInstanceId;
import dev.agentpane.domain.sandbox.SandboxTmuxSession;
import dev.agentpane.domain.sandbox.SandboxTmuxSessionId;
import java.util.List;
import java.util.Optional;

/** Sandbox containers, one per project at most, and the tmux sessions inside them. */
public interface SandboxInstanceRepository {
    /** @throws DuplicateSandboxInstanceException when the project has a sandbox already */
    void insert(SandboxInstance instance);

    /** Stores every field but the project of an existing sandbox; returns false when no sandbox has its id. */
    boolean update(SandboxInstance instance);

    Optional<SandboxInstance> findById(SandboxInstanceId id);

    Optional<SandboxInstance> findByProjectId(ProjectId projectId);

    /** Deletes the sandbox with its tmux sessions. */
    boolean deleteById(SandboxInstanceId id);

    /** @throws DuplicateTmuxSessionException when the sandbox has a session of that name already */
    void insertTmuxSession(SandboxTmuxSession session);

    /** Stores the task, window count, attachment and activity of an existing session; false when it does not exist. */
    boolean updateTmuxSession(SandboxTmuxSession session);

    /** The sandbox's sessions by name. */
    List<SandboxTmuxSession> findTmuxSessions(SandboxInstanceId sandboxId);

    boolean deleteTmuxSession(SandboxTmuxSessionId id);
}
