package dev.agentpane.application.port.out;

import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.task.TaskId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface AgentRepository {
    void insert(Agent agent);

    /** Returns false when no agent has its id. */
    boolean update(Agent agent);

    Optional<Agent> findById(AgentId id);

    /** A project's agents, most recently updated first. */
    List<Agent> findByProject(ProjectId projectId);

    /** Every project's agents, most recently updated first (ties: id, newest first), at most {@code limit}. */
    List<Agent> findRecentlyUpdated(int limit);

    long countByProjectAndStatus(ProjectId projectId, Set<AgentStatus> statuses);

    /** The agents of these projects in one of {@code statuses}, with the title of the task each works on. */
    List<WorkingAgent> findWorking(Collection<ProjectId> projectIds, Set<AgentStatus> statuses);

    boolean deleteById(AgentId id);

    /** @param currentTaskTitle null when the agent has no current task or the task is gone */
    record WorkingAgent(AgentId id, ProjectId projectId, String name, TaskId currentTaskId, String currentTaskTitle) {
    }
}
