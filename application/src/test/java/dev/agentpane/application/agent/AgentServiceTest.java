package dev.agentpane.application.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.agent.CreateAgentCommand;
import dev.agentpane.application.port.in.agent.ListAgentsQuery;
import dev.agentpane.application.port.in.agent.StartAgentCommand;
import dev.agentpane.application.port.in.agent.UpdateAgentCommand;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentAlreadyRunningException;
import dev.agentpane.domain.agent.AgentConfig;
import dev.agentpane.domain.agent.AgentConfigPatch;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentNotFoundException;
import dev.agentpane.domain.agent.AgentRunnerUnavailableException;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.agent.ConcurrencyLimitExceededException;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectChange;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentServiceTest {
    private static final Instant NOW = Instant.parse("2026-02-03T04:05:06.789123Z");
    private final InMemoryStores stores = new InMemoryStores();
    private final AgentRepository agents = stores.port(AgentRepository.class);
    private final ProjectRepository projects = stores.port(ProjectRepository.class);
    private final AgentService service = new AgentService(agents, projects, stores.port(TaskRepository.class), stores.port(TransactionRunner.class),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private Project project;

    @BeforeEach
    void createProject() {
        project = Project.create("P", "/repos/p", null, NOW).apply(new ProjectChange(null, null, 2,
                Map.of("allowedTools", List.of("Read"), "maxTurns", 70L, "model", "opus")), NOW);
        projects.insert(project);
    }

    private Agent withStatus(Agent agent, AgentStatus status) {
        Agent changed = new Agent(agent.id(), agent.projectId(), agent.name(), agent.type(), status, agent.config(), null, null, 0,
                agent.createdAt(), agent.updatedAt());
        agents.update(changed);
        return changed;
    }

    @Test
    void a_created_agent_is_idle_with_its_config_completed_from_the_project() {
        Agent agent = service.create(new CreateAgentCommand(project.id(), "Coder", AgentType.TASK,
                new AgentConfigPatch(null, 10, null, null, null)));

        assertThat(agent.status()).isEqualTo(AgentStatus.IDLE);
        assertThat(agent.config()).isEqualTo(new AgentConfig(List.of("Read"), 10, "opus", null, null));
        assertThat(agent.createdAt()).isEqualTo(NOW.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(agents.findById(agent.id())).contains(agent);
        assertThat(service.list(new ListAgentsQuery(project.id()))).containsExactly(agent);
        assertThat(service.list(new ListAgentsQuery(null))).containsExactly(agent);
        assertThatThrownBy(() -> service.create(new CreateAgentCommand(ProjectId.of("nope"), "X", AgentType.TASK, null)))
                .isInstanceOf(ProjectNotFoundException.class);
    }

    @Test
    void updates_merge_config_and_a_working_agent_keeps_its_tools() {
        Agent agent = service.create(new CreateAgentCommand(project.id(), "Coder", AgentType.TASK, null));

        Agent updated = service.update(new UpdateAgentCommand(agent.id(), new AgentConfigPatch(null, 100, null, null, null)));
        assertThat(updated.config()).isEqualTo(new AgentConfig(List.of("Read"), 100, "opus", null, null));
        withStatus(updated, AgentStatus.RUNNING);
        assertThatThrownBy(() -> service.update(new UpdateAgentCommand(agent.id(), new AgentConfigPatch(List.of("Bash"), null, null,
                null, null)))).isInstanceOf(AgentAlreadyRunningException.class);
        assertThatThrownBy(() -> service.update(new UpdateAgentCommand(AgentId.of("nope"), new AgentConfigPatch(null, 1, null, null,
                null)))).isInstanceOf(AgentNotFoundException.class);
    }

    @Test
    void start_refuses_busy_agents_then_checks_the_project_s_limit_then_is_unavailable() {
        Agent first = service.create(new CreateAgentCommand(project.id(), "One", AgentType.TASK, null));
        Agent second = service.create(new CreateAgentCommand(project.id(), "Two", AgentType.TASK, null));
        Agent third = service.create(new CreateAgentCommand(project.id(), "Three", AgentType.TASK, null));

        assertThatThrownBy(() -> service.start(new StartAgentCommand(first.id(), null))).isInstanceOf(AgentRunnerUnavailableException.class);
        withStatus(first, AgentStatus.STARTING);
        assertThatThrownBy(() -> service.start(new StartAgentCommand(first.id(), null))).isInstanceOf(AgentAlreadyRunningException.class);
        assertThatThrownBy(() -> service.start(new StartAgentCommand(second.id(), null)))
                .isInstanceOf(AgentRunnerUnavailableException.class);
        withStatus(second, AgentStatus.PLANNING);
        assertThatThrownBy(() -> service.start(new StartAgentCommand(third.id(), null)))
                .isInstanceOfSatisfying(ConcurrencyLimitExceededException.class, e -> {
                    assertThat(e.currentAgents()).isEqualTo(2);
                    assertThat(e.maxAgents()).isEqualTo(2);
                });
        assertThatThrownBy(() -> service.start(new StartAgentCommand(AgentId.of("nope"), null))).isInstanceOf(AgentNotFoundException.class);
    }

    @Test
    void delete_removes_the_agent_once() {
        Agent agent = service.create(new CreateAgentCommand(project.id(), "Coder", AgentType.BACKGROUND, null));

        service.delete(agent.id());

        assertThat(agents.findById(agent.id())).isEmpty();
        assertThatThrownBy(() -> service.delete(agent.id())).isInstanceOf(AgentNotFoundException.class);
    }
}
