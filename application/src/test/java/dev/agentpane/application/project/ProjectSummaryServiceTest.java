package dev.agentpane.application.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.fake.InMemoryStores;
import dev.agentpane.application.port.in.project.ListProjectsQuery;
import dev.agentpane.application.port.in.project.ProjectSummaryPage;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectSummary;
import dev.agentpane.domain.project.ProjectSummary.RunningAgent;
import dev.agentpane.domain.project.ProjectSummary.TaskCounts;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectSummaryServiceTest {
    private static final Instant T0 = Instant.parse("2026-05-06T07:08:09.010Z");
    private final InMemoryStores stores = new InMemoryStores();
    private final ProjectSummaryService service = new ProjectSummaryService(stores.port(ProjectRepository.class),
            stores.port(TaskRepository.class), stores.port(AgentRepository.class));
    private Project quiet;
    private Project busy;

    @BeforeEach
    void twoProjects() {
        quiet = Project.create("Quiet", "/repos/quiet", null, T0);
        busy = Project.create("Busy", "/repos/busy", null, T0.plusSeconds(1));
        stores.port(ProjectRepository.class).insert(quiet);
        stores.port(ProjectRepository.class).insert(busy);
    }

    private Task task(Project project, TaskColumn column, String key, Instant at) {
        Task task = Task.create(project.id(), "Task " + key, null, null, null, key, at);
        task = new Task(task.id(), task.projectId(), null, null, null, task.title(), null, column, key, task.labels(), task.priority(),
                null, null, null, null, 0, null, null, null, null, null, 0, at, at, null, null);
        stores.port(TaskRepository.class).insert(task);
        return task;
    }

    @Test
    void a_project_without_tasks_or_agents_is_idle_and_was_last_active_when_it_changed() {
        ProjectSummary summary = service.listSummaries(new ListProjectsQuery(24, 0)).items().get(1);

        assertThat(summary.project()).isEqualTo(quiet);
        assertThat(summary.taskCounts()).isEqualTo(TaskCounts.NONE);
        assertThat(summary.runningAgents()).isEmpty();
        assertThat(summary.status()).isEqualTo("idle");
        assertThat(summary.lastActivityAt()).isEqualTo(quiet.updatedAt());
    }

    @Test
    void counts_agents_and_the_latest_change_make_the_summary() {
        Task working = task(busy, TaskColumn.IN_PROGRESS, "a", T0.plusSeconds(5));
        task(busy, TaskColumn.BACKLOG, "a", T0.plusSeconds(2));
        task(busy, TaskColumn.WAITING_APPROVAL, "b", T0.plusSeconds(3));
        task(quiet, TaskColumn.WAITING_APPROVAL, "a", T0.plusSeconds(9));
        Agent agent = Agent.create(busy.id(), "Builder", AgentType.TASK, null, T0);
        stores.port(AgentRepository.class).insert(new Agent(agent.id(), busy.id(), "Builder", AgentType.TASK, AgentStatus.RUNNING, null,
                working.id(), null, 1, T0, T0));
        Agent idle = Agent.create(busy.id(), "Idle", AgentType.TASK, null, T0);
        stores.port(AgentRepository.class).insert(idle);

        ProjectSummaryPage page = service.listSummaries(new ListProjectsQuery(24, 0));

        ProjectSummary busySummary = page.items().get(0);
        assertThat(busySummary.taskCounts()).isEqualTo(new TaskCounts(1, 0, 1, 1, 0));
        assertThat(busySummary.runningAgents())
                .containsExactly(new RunningAgent(agent.id().value(), "Builder", working.id().value(), working.title()));
        assertThat(busySummary.status()).isEqualTo("running");
        assertThat(busySummary.lastActivityAt()).isEqualTo(T0.plusSeconds(5));
        ProjectSummary quietSummary = page.items().get(1);
        assertThat(quietSummary.status()).isEqualTo("needs-approval");
        assertThat(quietSummary.lastActivityAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(page.totalCount()).isEqualTo(2);
    }

    @Test
    void summaries_follow_the_requested_page() {
        ProjectSummaryPage page = service.listSummaries(new ListProjectsQuery(1, 1));

        assertThat(page.items()).extracting(ProjectSummary::project).containsExactly(quiet);
        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(List.of(page.items().get(0).status())).containsExactly("idle");
    }
}
