package dev.agentpane.web.template;

import dev.agentpane.application.port.in.template.CreateTemplateCommand;
import dev.agentpane.application.port.in.template.CreateTemplateUseCase;
import dev.agentpane.application.port.in.template.DeleteTemplateUseCase;
import dev.agentpane.application.port.in.template.GetTemplateUseCase;
import dev.agentpane.application.port.in.template.ListTemplatesQuery;
import dev.agentpane.application.port.in.template.ListTemplatesUseCase;
import dev.agentpane.application.port.in.template.SyncTemplateUseCase;
import dev.agentpane.application.port.in.template.TemplatePage;
import dev.agentpane.application.port.in.template.UpdateTemplateCommand;
import dev.agentpane.application.port.in.template.UpdateTemplateUseCase;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.shared.GithubRepositoryRef;
import dev.agentpane.domain.shared.InvalidGithubUrlException;
import dev.agentpane.domain.shared.SyncUnavailableException;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.template.DuplicateTemplateException;
import dev.agentpane.domain.template.TemplateChange;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.template.TemplateNotFoundException;
import dev.agentpane.domain.template.TemplateProjectRequiredException;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.web.api.ApiEnvelope;
import dev.agentpane.web.api.ApiException;
import dev.agentpane.web.api.ErrorCode;
import dev.agentpane.web.api.JsonBody;
import dev.agentpane.web.api.ListPage;
import dev.agentpane.web.api.PathIds;
import dev.agentpane.web.api.QueryParams;
import dev.agentpane.web.api.ServiceErrors;
import dev.agentpane.web.api.SyncIntervalField;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/templates} (reference §4.9, §5.9). Syncing from GitHub answers 503 {@code SYNC_UNAVAILABLE} for now. */
@RestController
@RequestMapping("/api/templates")
public class TemplateController {
    private final CreateTemplateUseCase createTemplate;
    private final GetTemplateUseCase getTemplate;
    private final ListTemplatesUseCase listTemplates;
    private final UpdateTemplateUseCase updateTemplate;
    private final DeleteTemplateUseCase deleteTemplate;
    private final SyncTemplateUseCase syncTemplate;

    public TemplateController(CreateTemplateUseCase createTemplate, GetTemplateUseCase getTemplate, ListTemplatesUseCase listTemplates,
            UpdateTemplateUseCase updateTemplate, DeleteTemplateUseCase deleteTemplate, SyncTemplateUseCase syncTemplate) {
        this.createTemplate = createTemplate;
        this.getTemplate = getTemplate;
        this.listTemplates = listTemplates;
        this.updateTemplate = updateTemplate;
        this.deleteTemplate = deleteTemplate;
        this.syncTemplate = syncTemplate;
    }

    @GetMapping
    public ApiEnvelope.Success<ListPage<TemplateJson>> list(@RequestParam(required = false) String scope,
            @RequestParam(required = false) String projectId, @RequestParam(required = false) String limit) {
        ListTemplatesQuery query = new ListTemplatesQuery(
                scope == null || scope.isEmpty() ? null : WireValue.parse(TemplateScope.class, scope, "scope"),
                projectId == null || projectId.isEmpty() ? null : PathIds.of(projectId, ProjectId::of, "project"),
                QueryParams.integer(limit, "limit", ListTemplatesQuery.DEFAULT_LIMIT));
        TemplatePage page = listTemplates.list(query);
        return ApiEnvelope.success(ListPage.of(page.items().stream().map(TemplateJson::of).toList(), page.hasMore(), page.totalCount()));
    }

    /** Body {@code {name, scope, githubUrl, description?, branch?, configPath?, projectIds? (or legacy projectId?), syncIntervalMinutes?}}. */
    @PostMapping
    public ResponseEntity<ApiEnvelope.Success<TemplateJson>> create(@RequestBody JsonNode json) {
        JsonBody body = JsonBody.of(json);
        String name = body.optionalString("name");
        String scope = body.optionalString("scope");
        String githubUrl = body.optionalString("githubUrl");
        if (name == null || name.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_PARAMS, "name is required");
        }
        if (!"org".equals(scope) && !"project".equals(scope)) {
            throw new ApiException(400, ErrorCode.MISSING_PARAMS, "scope must be \"org\" or \"project\"");
        }
        if (githubUrl == null || githubUrl.isEmpty()) {
            throw new ApiException(400, ErrorCode.MISSING_PARAMS, "githubUrl is required");
        }
        CreateTemplateCommand command = new CreateTemplateCommand(name, body.optionalString("description"),
                WireValue.parse(TemplateScope.class, scope, "scope"), GithubRepositoryRef.fromUrl(githubUrl),
                body.optionalString("branch"), body.optionalString("configPath"), projectIds(body),
                body.optionalInteger(SyncIntervalField.NAME));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiEnvelope.success(TemplateJson.of(createTemplate.create(command))));
    }

    @GetMapping("/{id}")
    public ApiEnvelope.Success<TemplateJson> get(@PathVariable String id) {
        return ApiEnvelope.success(TemplateJson.of(getTemplate.get(templateId(id))));
    }

    /** Body {@code {name?, description?, branch?, configPath?, projectIds?, syncIntervalMinutes? (null: off)}}. */
    @PatchMapping("/{id}")
    public ApiEnvelope.Success<TemplateJson> update(@PathVariable String id, @RequestBody JsonNode json) {
        TemplateId templateId = templateId(id);
        JsonBody body = JsonBody.of(json);
        List<String> projectIds = body.optionalStringList("projectIds");
        TemplateChange change = new TemplateChange(body.optionalString("name"), body.optionalString("description"),
                body.optionalString("branch"), body.optionalString("configPath"),
                projectIds == null ? null : projectIds(projectIds), SyncIntervalField.change(json));
        return ApiEnvelope.success(TemplateJson.of(updateTemplate.update(new UpdateTemplateCommand(templateId, change))));
    }

    @DeleteMapping("/{id}")
    public ApiEnvelope.Success<Object> delete(@PathVariable String id) {
        deleteTemplate.delete(templateId(id));
        return ApiEnvelope.success(null);
    }

    @PostMapping("/{id}/sync")
    public ApiEnvelope.Success<Object> sync(@PathVariable String id) {
        syncTemplate.sync(templateId(id));
        throw new SyncUnavailableException("GitHub");
    }

    @ExceptionHandler(TemplateNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> templateNotFound() {
        return ServiceErrors.of(HttpStatus.NOT_FOUND, ErrorCode.TEMPLATE_NOT_FOUND, "Template not found");
    }

    @ExceptionHandler(DuplicateTemplateException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> duplicate() {
        return ServiceErrors.of(HttpStatus.CONFLICT, ErrorCode.TEMPLATE_ALREADY_EXISTS, "A template with this repository already exists");
    }

    @ExceptionHandler(TemplateProjectRequiredException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> projectRequired(TemplateProjectRequiredException e) {
        return ServiceErrors.of(HttpStatus.BAD_REQUEST, ErrorCode.TEMPLATE_PROJECT_REQUIRED, e.getMessage());
    }

    /** The original's shape: the refused text in {@code details.url}. */
    @ExceptionHandler(InvalidGithubUrlException.class)
    ResponseEntity<ServiceErrors.WithDetails> invalidUrl(InvalidGithubUrlException e) {
        return ServiceErrors.of(HttpStatus.BAD_REQUEST, ErrorCode.TEMPLATE_INVALID_REPO_URL, e.getMessage(), Map.of("url", e.url()));
    }

    /** A template's project must exist; the message names the missing one. */
    @ExceptionHandler(ProjectNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> projectNotFound(ProjectNotFoundException e) {
        return ServiceErrors.of(HttpStatus.NOT_FOUND, ErrorCode.PROJECT_NOT_FOUND, e.getMessage());
    }

    /** {@code projectIds}, else the legacy single {@code projectId}, else none. */
    private static List<ProjectId> projectIds(JsonBody body) {
        List<String> projectIds = body.optionalStringList("projectIds");
        if (projectIds != null) {
            return projectIds(projectIds);
        }
        String projectId = body.optionalString("projectId");
        return projectId == null || projectId.isEmpty() ? List.of() : List.of(PathIds.of(projectId, ProjectId::of, "project"));
    }

    private static List<ProjectId> projectIds(List<String> values) {
        return values.stream().map(value -> PathIds.of(value, ProjectId::of, "project")).toList();
    }

    private static TemplateId templateId(String id) {
        return PathIds.of(id, TemplateId::of, "template");
    }
}
