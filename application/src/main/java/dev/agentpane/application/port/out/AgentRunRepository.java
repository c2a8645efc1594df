package dev.agentpane.application.port.out;

import dev.agentpane.domain.agent.AgentRun;
import dev.agentpane.domain.agent.AgentRunId;
import dev.agentpane.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

public interface AgentRunRepository {
    void insert(AgentRun run);

    /** Returns false when no run has its id. */
    boolean update(AgentRun run);

    Optional<AgentRun> findById(AgentRunId id);

    /** A task's runs, latest first. */
    List<AgentRun> findByTask(TaskId taskId);
}
