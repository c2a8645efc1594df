package dev.agentpane.persistence.agent;

import dev.agentpane.application.port.out.AgentRunRepository;
import dev.agentpane.domain.agent.AgentRun;
import dev.agentpane.domain.agent.AgentRunId;
import dev.agentpane.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

public class MyBatisAgentRunRepository implements AgentRunRepository {
    private final AgentRunMapper mapper;
    private final AgentRowConverter converter = AgentRowConverter.INSTANCE;

    public MyBatisAgentRunRepository(AgentRunMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(AgentRun run) {
        mapper.insert(converter.toRow(run));
    }

    @Override
    public boolean update(AgentRun run) {
        return mapper.update(converter.toRow(run)) == 1;
    }

    @Override
    public Optional<AgentRun> findById(AgentRunId id) {
        return Optional.ofNullable(mapper.findById(id.value())).map(converter::toRun);
    }

    @Override
    public List<AgentRun> findByTask(TaskId taskId) {
        return mapper.findByTask(taskId.value()).stream().map(converter::toRun).toList();
    }
}
