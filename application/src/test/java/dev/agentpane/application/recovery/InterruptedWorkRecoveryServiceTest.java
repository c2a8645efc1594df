package dev.agentpane.application.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.recovery.RecoverInterruptedWorkUseCase.Recovered;
import dev.agentpane.application.port.in.task.CreateTaskCommand;
import dev.agentpane.application.port.in.task.MoveTaskCommand;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.application.task.TaskService;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.task.LastAgentStatus;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterruptedWorkRecoveryServiceTest {
    private static final Instant BEFORE = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final Instant RESTART = BEFORE.plusSeconds(3600);
    private final InMemoryStores stores = new InMemoryStores();
    private final AgentRepository agents = stores.port(AgentRepository.class);
    private final TaskRepository tasks = stores.port(TaskRepository.class);
    private final ProjectRepository projects = stores.port(ProjectRepository.class);
    private final TaskService board = new TaskService(tasks, stores.port(TransactionRunner.class), Clock.fixed(BEFORE, ZoneOffset.UTC));
    private final InterruptedWorkRecoveryService recovery = new InterruptedWorkRecoveryService(projects, agents, tasks,
            stores.port(TransactionRunner.class), Clock.fixed(RESTART, ZoneOffset.UTC));

    private Project project(String name) {
        Project project = Project.create(name, "/repos/" + name, null, BEFORE);
        projects.insert(project);
        return project;
    }

    private Agent agent(Project project, String name, AgentStatus status, TaskId task) {
        Agent created = Agent.create(project.id(), name, AgentType.TASK, null, BEFORE);
        Agent agent = new Agent(created.id(), project.id(), name, AgentType.TASK, status, null, task, task == null ? null : "session-1", 4,
                BEFORE, BEFORE);
        agents.insert(agent);
        return agent;
    }

    private Task task(Project project, String title, TaskColumn column) {
        PositionedTask created = board.create(new CreateTaskCommand(project.id(), title, null, null, null));
        if (column != TaskColumn.BACKLOG) {
            created = board.move(new MoveTaskCommand(created.task().id(), column, null, null));
        }
        return created.task();
    }

    /** What a running agent leaves on its task: the agent, its session and the planning status. */
    private Task heldBy(Task task, Agent agent) {
        Task held = new Task(task.id(), task.projectId(), agent.id(), "session-1", task.worktreeId(), task.title(), task.description(),
                task.column(), task.sortKey(), task.labels(), task.priority(), task.branch(), task.diffSummary(), task.approvedAt(),
                task.approvedBy(), task.rejectionCount(), task.rejectionReason(), task.modelOverride(), task.planOptions(), task.plan(),
                LastAgentStatus.PLANNING, task.version() + 1, task.createdAt(), task.updatedAt(), task.startedAt(), task.completedAt());
        tasks.update(held, task.version());
        return held;
    }

    private List<String> titles(Project project, TaskColumn column) {
        return tasks.findByProject(project.id(), column, 100, 0).stream().map(p -> p.task().title()).toList();
    }

    @Test
    void working_agents_become_idle_and_their_in_progress_tasks_return_to_the_end_of_the_backlog() {
        Project alpha = project("alpha");
        task(alpha, "waiting", TaskColumn.BACKLOG);
        Task first = task(alpha, "first", TaskColumn.IN_PROGRESS);
        Task second = task(alpha, "second", TaskColumn.IN_PROGRESS);
        task(alpha, "unassigned", TaskColumn.IN_PROGRESS);
        Agent running = agent(alpha, "running", AgentStatus.RUNNING, first.id());
        Agent planning = agent(alpha, "planning", AgentStatus.PLANNING, second.id());
        Agent starting = agent(alpha, "starting", AgentStatus.STARTING, null);
        Agent paused = agent(alpha, "paused", AgentStatus.PAUSED, first.id());
        heldBy(first, running);
        heldBy(second, planning);
        Project beta = project("beta");
        Task review = task(beta, "review", TaskColumn.WAITING_APPROVAL);
        Agent errored = agent(beta, "errored", AgentStatus.ERROR, null);
        heldBy(review, errored);

        Recovered recovered = recovery.recover();

        assertThat(recovered).isEqualTo(new Recovered(3, 2));
        for (Agent agent : List.of(running, planning, starting)) {
            Agent now = agents.findById(agent.id()).orElseThrow();
            assertThat(now.status()).isEqualTo(AgentStatus.IDLE);
            assertThat(now.currentTaskId()).isNull();
            assertThat(now.currentSessionId()).isNull();
            assertThat(now.updatedAt()).isEqualTo(RESTART);
        }
        assertThat(agents.findById(paused.id())).contains(paused);
        assertThat(agents.findById(errored.id())).contains(errored);
        assertThat(titles(alpha, TaskColumn.BACKLOG)).containsExactly("waiting", "first", "second");
        assertThat(titles(alpha, TaskColumn.IN_PROGRESS)).containsExactly("unassigned");
        Task returned = tasks.findById(first.id()).orElseThrow();
        assertThat(returned.agentId()).isNull();
        assertThat(returned.sessionId()).isNull();
        assertThat(returned.lastAgentStatus()).isNull();
        assertThat(returned.updatedAt()).isEqualTo(RESTART);
        assertThat(tasks.findById(review.id()).orElseThrow().agentId()).isEqualTo(errored.id());

        assertThat(recovery.recover()).isEqualTo(new Recovered(0, 0));
    }

    @Test
    void nothing_to_recover_changes_nothing() {
        Project quiet = project("quiet");
        Task task = task(quiet, "task", TaskColumn.IN_PROGRESS);
        Agent idle = agent(quiet, "idle", AgentStatus.IDLE, null);

        assertThat(recovery.recover()).isEqualTo(new Recovered(0, 0));

        assertThat(tasks.findById(task.id())).contains(task);
        assertThat(agents.findById(idle.id())).contains(idle);
    }
}
