package dev.agentpane.persistence.agent;

import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.WireValue;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public class MyBatisAgentRepository implements AgentRepository {
    private final AgentMapper mapper;
    private final AgentRowConverter converter = AgentRowConverter.INSTANCE;

    public MyBatisAgentRepository(AgentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(Agent agent) {
        mapper.insert(converter.toRow(agent));
    }

    @Override
    public boolean update(Agent agent) {
        return mapper.update(converter.toRow(agent)) == 1;
    }

    @Override
    public Optional<Agent> findById(AgentId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toAgent);
    }

    @Override
    public List<Agent> findByProject(ProjectId projectId) {
        return mapper.findByProject(projectId.value()).stream().map(converter::toAgent).toList();
    }

    @Override
    public List<Agent> findRecentlyUpdated(int limit) {
        return mapper.findRecentlyUpdated(limit).stream().map(converter::toAgent).toList();
    }

    @Override
    public long countByProjectAndStatus(ProjectId projectId, Set<AgentStatus> statuses) {
        return statuses.isEmpty() ? 0 : mapper.countByProjectAndStatus(projectId.value(), wireValues(statuses));
    }

    @Override
    public List<WorkingAgent> findWorking(Collection<ProjectId> projectIds, Set<AgentStatus> statuses) {
        if (projectIds.isEmpty() || statuses.isEmpty()) {
            return List.of();
        }
        return mapper.findWorking(projectIds.stream().map(ProjectId::value).toList(), wireValues(statuses)).stream()
                .map(converter::toWorkingAgent).toList();
    }

    @Override
    public boolean deleteById(AgentId id) {
        return mapper.deleteById(id.value()) == 1;
    }

    private static List<String> wireValues(Set<AgentStatus> statuses) {
        return statuses.stream().map(WireValue::wireValue).toList();
    }
}
