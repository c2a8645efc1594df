package dev.agentpane.application.fake;

import dev.agentpane.application.port.out.AgentRunRepository;
import dev.agentpane.domain.agent.AgentRun;
import dev.agentpane.domain.agent.AgentRunId;
import dev.agentpane.domain.task.TaskId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemoryAgentRunRepository implements AgentRunRepository, InMemoryStore {
    private final Map<AgentRunId, AgentRun> runs = new LinkedHashMap<>();

    @Override
    public synchronized void insert(AgentRun run) {
        runs.put(run.id(), run);
    }

    @Override
    public synchronized boolean update(AgentRun run) {
        return runs.replace(run.id(), run) != null;
    }

    @Override
    public synchronized Optional<AgentRun> findById(AgentRunId id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized List<AgentRun> findByTask(TaskId taskId) {
        return runs.values().stream().filter(run -> run.taskId().equals(taskId))
                .sorted(Comparator.comparing(AgentRun::startedAt).thenComparing(run -> run.id().value()).reversed())
                .toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(runs);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        runs.clear();
        runs.putAll((Map<AgentRunId, AgentRun>) snapshot);
    }

    @Override
    public synchronized void clear() {
        runs.clear();
    }
}
