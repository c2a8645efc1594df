package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.project.ProjectId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public class InMemoryAgentRepository implements AgentRepository, InMemoryStore {
    private final Map<AgentId, Agent> agents = new LinkedHashMap<>();
    private final InMemoryTaskRepository tasks;

    InMemoryAgentRepository(InMemoryTaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public synchronized void insert(Agent agent) {
        agents.put(agent.id(), agent);
    }

    @Override
    public synchronized boolean update(Agent agent) {
        return agents.replace(agent.id(), agent) != null;
    }

    @Override
    public synchronized Optional<Agent> findById(AgentId id) {
        return Optional.ofNullable(agents.get(id));
    }

    @Override
    public synchronized List<Agent> findByProject(ProjectId projectId) {
        return agents.values().stream().filter(agent -> agent.projectId().equals(projectId))
                .sorted(Comparator.comparing(Agent::updatedAt).thenComparing(agent -> agent.id().value()).reversed())
                .toList();
    }

    @Override
    public synchronized List<Agent> findRecentlyUpdated(int limit) {
        return agents.values().stream()
                .sorted(Comparator.comparing(Agent::updatedAt).thenComparing(agent -> agent.id().value()).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long countByProjectAndStatus(ProjectId projectId, Set<AgentStatus> statuses) {
        return agents.values().stream().filter(agent -> agent.projectId().equals(projectId) && statuses.contains(agent.status())).count();
    }

    @Override
    public synchronized List<WorkingAgent> findWorking(Collection<ProjectId> projectIds, Set<AgentStatus> statuses) {
        return agents.values().stream()
                .filter(agent -> projectIds.contains(agent.projectId()) && statuses.contains(agent.status()))
                .map(agent -> new WorkingAgent(agent.id(), agent.projectId(), agent.name(), agent.currentTaskId(),
                        tasks.titleOf(agent.currentTaskId())))
                .toList();
    }

    @Override
    public synchronized boolean deleteById(AgentId id) {
        return agents.remove(id) != null;
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(agents);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        agents.clear();
        agents.putAll((Map<AgentId, Agent>) snapshot);
    }

    @Override
    public synchronized void clear() {
        agents.clear();
    }
}
