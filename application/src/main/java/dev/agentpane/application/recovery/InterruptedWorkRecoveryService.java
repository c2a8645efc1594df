package dev.agentpane.application.recovery;

import dev.agentpane.application.port.in.recovery.RecoverInterruptedWorkUseCase;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TaskRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.SortKey;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up recovery (reference §4.3): no agent survives a restart, so nothing may stay marked as working. Each
 * project is recovered in its own transaction under its board's lock, like every other board write.
 */
public class InterruptedWorkRecoveryService implements RecoverInterruptedWorkUseCase {
    private static final int PAGE = 500;

    private final ProjectRepository projects;
    private final AgentRepository agents;
    private final TaskRepository tasks;
    private final TransactionRunner transactions;
    private final Clock clock;

    public InterruptedWorkRecoveryService(ProjectRepository projects, AgentRepository agents, TaskRepository tasks,
            TransactionRunner transactions, Clock clock) {
        this.projects = projects;
        this.agents = agents;
        this.tasks = tasks;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Recovered recover() {
        int recoveredAgents = 0;
        int recoveredTasks = 0;
        for (ProjectId project : allProjects()) {
            Recovered recovered = transactions.inTransaction(() -> recoverProject(project));
            recoveredAgents += recovered.agents();
            recoveredTasks += recovered.tasks();
        }
        return new Recovered(recoveredAgents, recoveredTasks);
    }

    private List<ProjectId> allProjects() {
        List<ProjectId> ids = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Project> page = projects.findRecentlyUpdated(PAGE, offset);
            page.forEach(project -> ids.add(project.id()));
            if (page.size() < PAGE) {
                return ids;
            }
        }
    }

    private Recovered recoverProject(ProjectId project) {
        if (!tasks.lockBoard(project)) {
            return new Recovered(0, 0); // deleted meanwhile
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int recoveredAgents = 0;
        if (agents.countByProjectAndStatus(project, AgentStatus.ACTIVE) > 0) {
            for (Agent agent : agents.findByProject(project)) {
                if (agent.isActive()) {
                    agents.update(agent.released(AgentStatus.IDLE, now));
                    recoveredAgents++;
                }
            }
        }
        List<Task> held = heldInProgress(project);
        if (!held.isEmpty()) {
            String last = tasks.columnEnd(project, TaskColumn.BACKLOG).lastSortKey();
            for (Task task : held) {
                last = SortKey.between(last, null);
                if (!tasks.update(task.returnedToBacklog(last, now), task)) {
                    throw new IllegalStateException("Task " + task.id() + " changed while its board was locked");
                }
            }
        }
        return new Recovered(recoveredAgents, held.size());
    }

    /** The project's in-progress tasks that an agent holds, in board order. */
    private List<Task> heldInProgress(ProjectId project) {
        List<Task> held = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<PositionedTask> page = tasks.findByProject(project, TaskColumn.IN_PROGRESS, PAGE, offset);
            page.stream().map(PositionedTask::task).filter(task -> task.agentId() != null).forEach(held::add);
            if (page.size() < PAGE) {
                return held;
            }
        }
    }
}
