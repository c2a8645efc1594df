package dev.agentpane.application.project;

import dev.agentpane.application.port.in.project.CreateProjectCommand;
import dev.agentpane.application.port.in.project.CreateProjectUseCase;
import dev.agentpane.application.port.in.project.DeleteProjectUseCase;
import dev.agentpane.application.port.in.project.GetProjectUseCase;
import dev.agentpane.application.port.in.project.ListProjectsQuery;
import dev.agentpane.application.port.in.project.ListProjectsUseCase;
import dev.agentpane.application.port.in.project.ProjectPage;
import dev.agentpane.application.port.in.project.UpdateProjectCommand;
import dev.agentpane.application.port.in.project.UpdateProjectUseCase;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectHasRunningAgentsException;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The project use cases; every write is one transaction. */
public class ProjectService
        implements CreateProjectUseCase, GetProjectUseCase, ListProjectsUseCase, UpdateProjectUseCase, DeleteProjectUseCase {

    private final ProjectRepository projects;
    private final AgentRepository agents;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ProjectService(ProjectRepository projects, AgentRepository agents, TransactionRunner transactions, Clock clock) {
        this.projects = projects;
        this.agents = agents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Project create(CreateProjectCommand command) {
        Project project = Project.create(command.name(), command.path(), command.description(), now());
        transactions.inTransaction(() -> projects.insert(project));
        return project;
    }

    @Override
    public Project get(ProjectId id) {
        return projects.findById(id).orElseThrow(() -> new ProjectNotFoundException(id));
    }

    @Override
    public ProjectPage list(ListProjectsQuery query) {
        return new ProjectPage(projects.findRecentlyUpdated(query.limit(), query.offset()), projects.count());
    }

    @Override
    public Project update(UpdateProjectCommand command) {
        return transactions.inTransaction(() -> {
            Project updated = get(command.id()).apply(command.change(), now());
            projects.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(ProjectId id) {
        transactions.inTransaction(() -> {
            long working = agents.countByProjectAndStatus(id, AgentStatus.ACTIVE);
            if (working > 0) {
                throw new ProjectHasRunningAgentsException(id, working);
            }
            if (!projects.deleteById(id)) {
                throw new ProjectNotFoundException(id);
            }
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
