package dev.agentpane.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentpane.application.port.out.AgentRepository.WorkingAgent;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentConfig;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentRun;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AgentRepository} and {@link AgentRunRepository} must do. */
public abstract class AgentRepositoryContract extends StoreContract {
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.089Z");
    private Project project;

    private AgentRepository agents() {
        return port(AgentRepository.class);
    }

    @BeforeEach
    void createProject() {
        project = Project.create("Agents", "/repos/agents", null, T0);
        port(ProjectRepository.class).insert(project);
    }

    private Agent agent(String name, AgentStatus status, TaskId currentTask, Instant at) {
        Agent created = Agent.create(project.id(), name, AgentType.TASK, null, at);
        return new Agent(created.id(), created.projectId(), name, created.type(), status, null, currentTask, null, 0, at, at);
    }

    @Test
    void a_fully_configured_agent_reads_back_equal() {
        Agent agent = new Agent(AgentId.of("agent-task_1"), project.id(), "Ünïcødé agent " + "n".repeat(180), AgentType.BACKGROUND,
                AgentStatus.PAUSED, new AgentConfig(List.of("Read", "Edit", "Bash"), 50, "claude-opus-4-5", "Be careful ✓", 0.25),
                TaskId.of("no-such-task"), "some-session", 12, T0, T0.plusMillis(1));

        agents().insert(agent);

        assertThat(agents().findById(agent.id())).contains(agent);
    }

    @Test
    void an_agent_without_config_reads_back_with_absent_optionals() {
        Agent agent = Agent.create(project.id(), "Plain", AgentType.CONVERSATIONAL, null, T0);
        agents().insert(agent);

        assertThat(agents().findById(agent.id())).contains(agent);
        Agent partly = Agent.create(project.id(), "Partly", AgentType.TASK, new AgentConfig(null, null, null, null, null), T0);
        agents().insert(partly);
        assertThat(agents().findById(partly.id())).contains(partly);
    }

    @Test
    void updates_store_every_field_and_missing_agents_report_false() {
        Agent agent = Agent.create(project.id(), "Before", AgentType.TASK, null, T0);
        agents().insert(agent);
        Agent running = new Agent(agent.id(), project.id(), "After", AgentType.TASK, AgentStatus.RUNNING,
                new AgentConfig(List.of("Read"), 5, null, null, null), TaskId.of("t1"), "s1", 3, T0, T0.plusSeconds(1));

        assertThat(agents().update(running)).isTrue();
        assertThat(agents().findById(agent.id())).contains(running);
        assertThat(agents().update(Agent.create(project.id(), "Ghost", AgentType.TASK, null, T0))).isFalse();
        assertThat(agents().deleteById(agent.id())).isTrue();
        assertThat(agents().deleteById(agent.id())).isFalse();
    }

    @Test
    void a_project_s_agents_list_most_recently_updated_first_and_count_by_status() {
        Agent idle = agent("idle", AgentStatus.IDLE, null, T0);
        Agent running = agent("running", AgentStatus.RUNNING, null, T0.plusSeconds(2));
        Agent planning = agent("planning", AgentStatus.PLANNING, null, T0.plusSeconds(1));
        List.of(idle, running, planning).forEach(agents()::insert);

        assertThat(agents().findByProject(project.id())).extracting(Agent::name).containsExactly("running", "planning", "idle");
        assertThat(agents().countByProjectAndStatus(project.id(), AgentStatus.ACTIVE)).isEqualTo(2);
        assertThat(agents().countByProjectAndStatus(project.id(), Set.of(AgentStatus.IDLE))).isEqualTo(1);
        assertThat(agents().countByProjectAndStatus(project.id(), Set.of())).isZero();
    }

    @Test
    void the_most_recently_updated_agents_of_every_project_list_first_up_to_the_limit() {
        Project other = Project.create("Other", "/repos/other", null, T0);
        port(ProjectRepository.class).insert(other);
        Agent oldest = agent("oldest", AgentStatus.IDLE, null, T0);
        Agent newest = agent("newest", AgentStatus.RUNNING, null, T0.plusSeconds(3));
        Agent elsewhere = Agent.create(other.id(), "elsewhere", AgentType.BACKGROUND, null, T0.plusSeconds(2));
        Agent middle = agent("middle", AgentStatus.IDLE, null, T0.plusSeconds(1));
        List.of(oldest, newest, elsewhere, middle).forEach(agents()::insert);

        assertThat(agents().findRecentlyUpdated(100)).extracting(Agent::name).containsExactly("newest", "elsewhere", "middle", "oldest");
        assertThat(agents().findRecentlyUpdated(2)).containsExactly(newest, elsewhere);
        assertThat(agents().findRecentlyUpdated(100).get(1)).isEqualTo(elsewhere);
    }

    @Test
    void working_agents_come_with_the_title_of_their_current_task() {
        Task task = Task.create(project.id(), "Fix the bug", null, null, null, "V", T0);
        port(TaskRepository.class).insert(task);
        agents().insert(agent("on task", AgentStatus.RUNNING, task.id(), T0));
        agents().insert(agent("lost task", AgentStatus.STARTING, TaskId.of("gone"), T0));
        agents().insert(agent("resting", AgentStatus.IDLE, task.id(), T0));

        List<WorkingAgent> working = agents().findWorking(List.of(project.id()), AgentStatus.ACTIVE);

        assertThat(working).extracting(WorkingAgent::name, WorkingAgent::currentTaskTitle)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("on task", "Fix the bug"),
                        org.assertj.core.groups.Tuple.tuple("lost task", null));
        assertThat(agents().findWorking(List.of(), AgentStatus.ACTIVE)).isEmpty();
    }

    @Test
    void runs_round_trip_update_and_list_latest_first() {
        Agent agent = Agent.create(project.id(), "Runner", AgentType.TASK, null, T0);
        agents().insert(agent);
        Task task = Task.create(project.id(), "Work", null, null, null, "V", T0);
        port(TaskRepository.class).insert(task);
        AgentRunRepository runs = port(AgentRunRepository.class);
        AgentRun first = AgentRun.start(agent.id(), task.id(), project.id(), null, T0);
        AgentRun second = AgentRun.start(agent.id(), task.id(), project.id(), null, T0.plusSeconds(1));
        runs.insert(first);
        runs.insert(second);
        AgentRun finished = new AgentRun(first.id(), agent.id(), task.id(), project.id(), null, AgentStatus.ERROR, T0,
                T0.plusMillis(1500), 7, 9_007_199_254_740_993L, "Rate limited ✗");

        assertThat(runs.update(finished)).isTrue();
        assertThat(runs.findById(first.id())).contains(finished);
        assertThat(runs.findByTask(task.id())).containsExactly(second, finished);
        assertThat(runs.update(AgentRun.start(agent.id(), task.id(), project.id(), null, T0))).isFalse();
    }
}
