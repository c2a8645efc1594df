package dev.agentpane.web.project;

import dev.agentpane.application.port.in.project.CreateProjectCommand;
import dev.agentpane.application.port.in.project.CreateProjectUseCase;
import dev.agentpane.application.port.in.project.DeleteProjectCommand;
import dev.agentpane.application.port.in.project.DeleteProjectUseCase;
import dev.agentpane.application.port.in.project.GetProjectUseCase;
import dev.agentpane.application.port.in.project.ListProjectSummariesUseCase;
import dev.agentpane.application.port.in.project.ListProjectsQuery;
import dev.agentpane.application.port.in.project.ListProjectsUseCase;
import dev.agentpane.application.port.in.project.DeleteProjectUseCase.ProjectDeletion;
import dev.agentpane.application.port.in.project.ProjectPage;
import dev.agentpane.application.port.in.project.UpdateProjectCommand;
import dev.agentpane.application.port.in.project.UpdateProjectUseCase;
import dev.agentpane.domain.project.ProjectChange;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.shared.EntityId;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.ListPage;
import dev.agentpane.web.api.QueryParams;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/projects} (reference §5.3). */
@RestController
@RequestMapping("/api/projects")
public class ProjectController {
    private final CreateProjectUseCase createProject;
    private final GetProjectUseCase getProject;
    private final ListProjectsUseCase listProjects;
    private final ListProjectSummariesUseCase listSummaries;
    private final UpdateProjectUseCase updateProject;
    private final DeleteProjectUseCase deleteProject;

    public ProjectController(CreateProjectUseCase createProject, GetProjectUseCase getProject, ListProjectsUseCase listProjects,
            ListProjectSummariesUseCase listSummaries, UpdateProjectUseCase updateProject, DeleteProjectUseCase deleteProject) {
        this.createProject = createProject;
        this.getProject = getProject;
        this.listProjects = listProjects;
        this.listSummaries = listSummaries;
        this.updateProject = updateProject;
        this.deleteProject = deleteProject;
    }

    @GetMapping
    public ApiEnvelope.Success<ListPage<ProjectJson>> list(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        ListProjectsQuery query = pageQuery(limit, offset);
        ProjectPage page = listProjects.list(query);
        return ApiEnvelope.success(ListPage.of(page.items().stream().map(ProjectJson::of).toList(),
                page.hasMore(query.offset()), page.totalCount()));
    }

    @GetMapping("/summaries")
    public ApiEnvelope.Success<ListPage<ProjectSummaryJson>> summaries(@RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        ListProjectsQuery query = pageQuery(limit, offset);
        var page = listSummaries.listSummaries(query);
        return ApiEnvelope.success(ListPage.of(page.items().stream().map(ProjectSummaryJson::of).toList(),
                query.offset() + page.items().size() < page.totalCount(), page.totalCount()));
    }

    @PostMapping
    public ApiEnvelope.Success<ProjectJson> create(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String sandboxConfigId = body.optionalString("sandboxConfigId");
        CreateProjectCommand command = new CreateProjectCommand(
                body.requiredString("name", "Name is required"),
                body.requiredString("path", "Path is required"),
                body.optionalString("description"),
                sandboxConfigId == null ? null : SandboxConfigId.of(EntityId.require(sandboxConfigId, "sandboxConfigId")));
        return ApiEnvelope.success(ProjectJson.of(createProject.create(command)));
    }

    @GetMapping("/{id}")
    public ApiEnvelope.Success<ProjectJson> get(@PathVariable String id) {
        return ApiEnvelope.success(ProjectJson.of(getProject.get(ProjectId.of(id))));
    }

    @PatchMapping("/{id}")
    public ApiEnvelope.Success<ProjectJson> update(@PathVariable String id, @RequestBody JsonNode json) {
        ProjectId projectId = ProjectId.of(id);
        JsonBody body = JsonBody.of(json);
        ProjectChange change = new ProjectChange(
                body.optionalString("name"),
                body.optionalString("description"),
                body.optionalInteger("maxConcurrentAgents"),
                body.optionalObject("config"));
        return ApiEnvelope.success(ProjectJson.of(updateProject.update(new UpdateProjectCommand(projectId, change))));
    }

    @DeleteMapping("/{id}")
    public ApiEnvelope.Success<DeletedProjectJson> delete(@PathVariable String id,
            @RequestParam(required = false) String deleteFiles) {
        ProjectDeletion deletion = deleteProject.delete(new DeleteProjectCommand(ProjectId.of(id), "true".equals(deleteFiles)));
        return ApiEnvelope.success(new DeletedProjectJson(true, deletion.filesDeleted(), deletion.fileDeletionError(), deletion.reason()));
    }

    /** {@code {deleted, filesDeleted, fileDeletionError, reason}} as the original answers a delete. */
    public record DeletedProjectJson(boolean deleted, boolean filesDeleted, String fileDeletionError, String reason) {
    }

    private static ListProjectsQuery pageQuery(String limit, String offset) {
        return new ListProjectsQuery(QueryParams.integer(limit, "limit", ListProjectsQuery.DEFAULT_LIMIT),
                QueryParams.integer(offset, "offset", 0));
    }
}
