package dev.agentpane.application.project;

import dev.agentpane.application.port.in.project.CreateProjectCommand;
import dev.agentpane.application.port.in.project.CreateProjectUseCase;
import dev.agentpane.application.port.in.project.DeleteProjectCommand;
import dev.agentpane.application.port.in.project.DeleteProjectUseCase;
import dev.agentpane.application.port.in.project.GetProjectUseCase;
import dev.agentpane.application.port.in.project.ListProjectsQuery;
import dev.agentpane.application.port.in.project.ListProjectsUseCase;
import dev.agentpane.application.port.in.project.DeleteProjectUseCase.ProjectDeletion;
import dev.agentpane.application.port.in.project.ProjectPage;
import dev.agentpane.application.port.in.project.UpdateProjectCommand;
import dev.agentpane.application.port.in.project.UpdateProjectUseCase;
import dev.agentpane.application.port.out.AgentRepository;
import dev.agentpane.application.port.out.ProjectFilesPort;
import dev.agentpane.application.port.out.ProjectRepository;
import dev.agentpane.application.port.out.TransactionRunner;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectHasRunningAgentsException;
import dev.agentpane.domain.project.ProjectDirectoryPolicy;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The project use cases; every write is one transaction. */
public class ProjectService
        implements CreateProjectUseCase, GetProjectUseCase, ListProjectsUseCase, UpdateProjectUseCase, DeleteProjectUseCase {

    private final ProjectRepository projects;
    private final AgentRepository agents;
    private final ProjectFilesPort files;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ProjectService(ProjectRepository projects, AgentRepository agents, ProjectFilesPort files, TransactionRunner transactions,
            Clock clock) {
        this.projects = projects;
        this.files = files;
        this.agents = agents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Project create(CreateProjectCommand command) {
        Project project = Project.create(command.name(), command.path(), command.description(), command.sandboxConfigId(), now());
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
    public ProjectDeletion delete(DeleteProjectCommand command) {
        ProjectId id = command.id();
        Project deleted = transactions.inTransaction(() -> {
            long working = agents.countByProjectAndStatus(id, AgentStatus.ACTIVE);
            if (working > 0) {
                throw new ProjectHasRunningAgentsException(id, working);
            }
            Project project = get(id);
            projects.deleteById(id);
            return project;
        });
        return command.deleteFiles() ? deleteDirectoryOf(deleted) : ProjectDeletion.FILES_KEPT;
    }

    private ProjectDeletion deleteDirectoryOf(Project project) {
        Optional<ProjectDirectoryPolicy.Refusal> refusal = ProjectDirectoryPolicy.refusalFor(project.path());
        if (refusal.isPresent()) {
            return ProjectDeletion.filesRefused(refusal.get().code(), refusal.get().message());
        }
        try {
            files.deleteDirectory(project.path());
            return ProjectDeletion.FILES_DELETED;
        } catch (ProjectFilesPort.ProjectFilesException e) {
            return ProjectDeletion.filesRefused(e.code(), e.getMessage());
        }
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
