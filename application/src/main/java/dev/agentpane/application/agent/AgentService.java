package dev.agentpane.application.agent;

import dev.agentpane.application.port.in.agent.CreateAgentCommand;
import dev.agentpane.application.port.in.agent.CreateAgentUseCase;
import dev.agentpane.application.port.in.agent.DeleteAgentUseCase;
import dev.agentpane.application.port.in.agent.GetAgentUseCase;
import dev.agentpane.application.port.in.agent.ListAgentsQuery;
import dev.agentpane.application.port.in.agent.ListAgentsUseCase;
import dev.agentpane.application.port.in.agent.StartAgentCommand;
import dev.agentpane.application.port.in.agent.StartAgentUseCase;
import dev.agentpane.application.port.in.agent.UpdateAgentCommand;
import dev.agentpane.application.port.in.agent.UpdateAgentUseCase;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentAlreadyRunningException;
import dev.agentpane.domain.agent.AgentConcurrency;
import dev.agentpane.domain.agent.AgentConfig;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentNotFoundException;
import dev.agentpane.domain.agent.AgentRunnerUnavailableException;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The agents' use cases (reference §4.3); each write is one transaction. Agent execution comes with a later issue. */
public class AgentService implements CreateAgentUseCase, GetAgentUseCase, ListAgentsUseCase, UpdateAgentUseCase, DeleteAgentUseCase,
        StartAgentUseCase {

    private final AgentRepository agents;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AgentService(AgentRepository agents, ProjectRepository projects, TaskRepository tasks, TransactionRunner transactions, Clock clock) {
        this.agents = agents;
        this.projects = projects;
        this.tasks = tasks;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Agent create(CreateAgentCommand command) {
        return transactions.inTransaction(() -> {
            Project project = projects.findById(command.projectId()).orElseThrow(() -> new ProjectNotFoundException(command.projectId()));
            Agent agent = Agent.create(project.id(), command.name(), command.type(),
                    AgentConfig.forNewAgent(command.config(), project.config()), now());
            agents.insert(agent);
            return agent;
        });
    }

    @Override
    public Agent get(AgentId id) {
        return agents.findById(id).orElseThrow(() -> new AgentNotFoundException(id));
    }

    @Override
    public List<Agent> list(ListAgentsQuery query) {
        return query.projectId() == null ? agents.findRecentlyUpdated(ListAgentsQuery.ALL_PROJECTS_LIMIT)
                : agents.findByProject(query.projectId());
    }

    @Override
    public Agent update(UpdateAgentCommand command) {
        if (command.config().isEmpty()) {
            throw new ValidationException("config is required");
        }
        return transactions.inTransaction(() -> {
            Agent updated = get(command.id()).withConfigChanged(command.config(), now());
            agents.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(AgentId id) {
        transactions.inTransaction(() -> {
            // Deleting the agent clears it from its cards, which moves the board on: take the board first, as card
            // writers do, so the two never wait for each other in opposite order.
            Agent agent = agents.findById(id).orElseThrow(() -> new AgentNotFoundException(id));
            tasks.lockBoard(agent.projectId());
            if (!agents.deleteById(id)) {
                throw new AgentNotFoundException(id);
            }
        });
    }

    @Override
    public void start(StartAgentCommand command) {
        Agent agent = get(command.id());
        if (agent.status() != AgentStatus.IDLE) {
            throw new AgentAlreadyRunningException(agent.id(), agent.currentTaskId());
        }
        int maxAgents = projects.findById(agent.projectId()).map(Project::maxConcurrentAgents).orElse(Project.MIN_CONCURRENT_AGENTS);
        AgentConcurrency.requireRoomForAnother(agents.countByProjectAndStatus(agent.projectId(), AgentStatus.ACTIVE), maxAgents);
        throw new AgentRunnerUnavailableException();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
