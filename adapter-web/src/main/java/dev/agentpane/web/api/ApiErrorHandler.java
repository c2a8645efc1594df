package dev.agentpane.web.api;

import dev.agentpane.domain.agent.AgentAlreadyRunningException;
import dev.agentpane.domain.agent.AgentNotFoundException;
import dev.agentpane.domain.agent.AgentRunnerUnavailableException;
import dev.agentpane.domain.agent.ConcurrencyLimitExceededException;
import dev.agentpane.domain.project.DuplicateProjectPathException;
import dev.agentpane.domain.project.ProjectHasRunningAgentsException;
import dev.agentpane.domain.project.ProjectNotFoundException;
import dev.agentpane.domain.sandbox.DuplicateSandboxConfigNameException;
import dev.agentpane.domain.sandbox.SandboxConfigInUseException;
import dev.agentpane.domain.sandbox.SandboxConfigLimitException;
import dev.agentpane.domain.sandbox.SandboxConfigNotFoundException;
import dev.agentpane.domain.session.SessionNotFoundException;
import dev.agentpane.domain.sessionevent.SessionEventOffsetTakenException;
import dev.agentpane.domain.shared.EncryptionKeyInvalidException;
import dev.agentpane.domain.shared.InvalidIdException;
import dev.agentpane.domain.shared.SyncUnavailableException;
import dev.agentpane.domain.shared.InvalidSecretFormatException;
import dev.agentpane.domain.shared.SecretUnreadableException;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.task.TaskNotFoundException;
import dev.agentpane.domain.task.TaskVersionConflictException;
import dev.agentpane.domain.workflow.SourceTemplateNotFoundException;
import dev.agentpane.domain.workflow.WorkflowNotFoundException;
import dev.agentpane.web.agent.AgentErrorJson;
import dev.agentpane.web.filter.BodySizeLimitFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every exception into the error envelope; the message of an unexpected one never reaches the client. */
@RestControllerAdvice
public class ApiErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(InvalidIdException.class)
    ResponseEntity<ApiEnvelope.Failure> invalidId(InvalidIdException e) {
        return failure(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_ID, e.getMessage());
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ApiEnvelope.Failure> validation(ValidationException e) {
        return failure(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_ERROR, e.getMessage());
    }

    @ExceptionHandler(ProjectNotFoundException.class)
    ResponseEntity<ApiEnvelope.Failure> projectNotFound() {
        return failure(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "Project not found");
    }

    @ExceptionHandler(DuplicateProjectPathException.class)
    ResponseEntity<ApiEnvelope.Failure> duplicateProjectPath() {
        return failure(HttpStatus.BAD_REQUEST, ErrorCode.DUPLICATE, "A project with this path already exists");
    }

    @ExceptionHandler(TaskNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> taskNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiEnvelope.serviceFailure(ErrorCode.TASK_NOT_FOUND, "Task not found", 404));
    }

    @ExceptionHandler(TaskVersionConflictException.class)
    ResponseEntity<ApiEnvelope.Failure> staleTaskVersion(TaskVersionConflictException e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag("\"" + e.currentVersion() + "\"")
                .body(ApiEnvelope.failure(ErrorCode.PRECONDITION_FAILED,
                        "The task was changed meanwhile; it is now at version " + e.currentVersion()));
    }

    @ExceptionHandler(AgentNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> agentNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiEnvelope.serviceFailure(ErrorCode.AGENT_NOT_FOUND, "Agent not found", 404));
    }

    @ExceptionHandler(AgentAlreadyRunningException.class)
    ResponseEntity<AgentErrorJson> agentAlreadyRunning(AgentAlreadyRunningException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("currentTaskId", e.currentTaskId() == null ? null : e.currentTaskId().value());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(AgentErrorJson.of(ErrorCode.AGENT_ALREADY_RUNNING, "Agent is already running", 409, details));
    }

    @ExceptionHandler(ConcurrencyLimitExceededException.class)
    ResponseEntity<AgentErrorJson> concurrencyLimitExceeded(ConcurrencyLimitExceededException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("currentAgents", e.currentAgents());
        details.put("maxAgents", e.maxAgents());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(AgentErrorJson.of(ErrorCode.CONCURRENCY_LIMIT_EXCEEDED,
                "Concurrency limit exceeded: " + e.currentAgents() + "/" + e.maxAgents() + " agents are working", 429, details));
    }

    @ExceptionHandler(AgentRunnerUnavailableException.class)
    ResponseEntity<ApiEnvelope.Failure> agentRunnerUnavailable() {
        return failure(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.AGENT_RUNNER_UNAVAILABLE,
                "Agent execution is not available on this server yet");
    }

    @ExceptionHandler(ProjectHasRunningAgentsException.class)
    ResponseEntity<ApiEnvelope.Failure> projectHasRunningAgents() {
        return failure(HttpStatus.CONFLICT, ErrorCode.PROJECT_HAS_RUNNING_AGENTS,
                "Cannot delete a project while its agents are starting, planning or running");
    }

    @ExceptionHandler(SessionNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> sessionNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiEnvelope.serviceFailure(ErrorCode.SESSION_NOT_FOUND, "Session not found", 404));
    }

    /** Another writer took the offset (it bypassed the session lock); nothing was stored, so a retry is safe. */
    @ExceptionHandler(SessionEventOffsetTakenException.class)
    ResponseEntity<ApiEnvelope.Failure> sessionLogBusy() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .body(ApiEnvelope.failure(ErrorCode.SERVICE_UNAVAILABLE, "The session's event log is busy; nothing was stored, try again"));
    }

    /** Templates, marketplaces and Terraform registries: the outside system they sync from is not integrated yet. */
    @ExceptionHandler(SyncUnavailableException.class)
    ResponseEntity<ApiEnvelope.Failure> syncUnavailable(SyncUnavailableException e) {
        return failure(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SYNC_UNAVAILABLE, e.getMessage());
    }

    // ------------------------------------------------------------------ stored secrets, sandbox configs, workflows

    @ExceptionHandler(InvalidSecretFormatException.class)
    ResponseEntity<ApiEnvelope.Failure> invalidSecretFormat(InvalidSecretFormatException e) {
        return failure(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_FORMAT, e.getMessage());
    }

    /** A server fault an operator must repair; the details (the file's path) go to the log only. */
    @ExceptionHandler(EncryptionKeyInvalidException.class)
    ResponseEntity<ApiEnvelope.Failure> encryptionKeyInvalid(EncryptionKeyInvalidException e) {
        LOG.error("The encryption key for stored secrets is unusable: {}", e.getMessage());
        return failure(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.ENCRYPTION_KEY_INVALID,
                "The server's encryption key for stored secrets is unusable; an operator must repair it (see the server log)");
    }

    /** The stored secret is lost to this server's key; the user can enter it again. */
    @ExceptionHandler(SecretUnreadableException.class)
    ResponseEntity<ApiEnvelope.Failure> secretUnreadable(SecretUnreadableException e) {
        return failure(HttpStatus.CONFLICT, ErrorCode.SECRET_UNREADABLE, e.getMessage());
    }

    @ExceptionHandler(SandboxConfigNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> sandboxConfigNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiEnvelope.serviceFailure(ErrorCode.SANDBOX_CONFIG_NOT_FOUND, "Sandbox configuration not found", 404));
    }

    @ExceptionHandler(DuplicateSandboxConfigNameException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> duplicateSandboxConfigName() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiEnvelope.serviceFailure(ErrorCode.SANDBOX_CONFIG_ALREADY_EXISTS,
                "A sandbox configuration with this name already exists", 409));
    }

    @ExceptionHandler(SandboxConfigInUseException.class)
    ResponseEntity<ServiceErrorJson> sandboxConfigInUse(SandboxConfigInUseException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("projectCount", e.projectCount());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ServiceErrorJson.of(ErrorCode.SANDBOX_CONFIG_IN_USE,
                "Cannot delete a sandbox configuration that projects use", 409, details));
    }

    /** More specific than {@link ValidationException}: the limit's own code, with {@code {value, min, max}}. */
    @ExceptionHandler(SandboxConfigLimitException.class)
    ResponseEntity<ServiceErrorJson> sandboxConfigLimit(SandboxConfigLimitException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("value", e.value());
        details.put("min", bound(e.limit().min()));
        details.put("max", bound(e.limit().max()));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(ServiceErrorJson.of(e.limit().errorCode(), e.getMessage(), 400, details));
    }

    /** Whole bounds as integers, as the original writes them ({@code 512}, not {@code 512.0}). */
    private static Number bound(double value) {
        return value == Math.rint(value) ? (Number) (long) value : (Number) value;
    }

    @ExceptionHandler(WorkflowNotFoundException.class)
    ResponseEntity<ApiEnvelope.Failure> workflowNotFound(WorkflowNotFoundException e) {
        return failure(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, e.getMessage());
    }

    /** A body naming a template that does not exist, answered like an unknown project in a task or agent body. */
    @ExceptionHandler(SourceTemplateNotFoundException.class)
    ResponseEntity<ApiEnvelope.ServiceFailure> sourceTemplateNotFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiEnvelope.serviceFailure(ErrorCode.TEMPLATE_NOT_FOUND, "Template not found", 404));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiEnvelope.Failure> api(ApiException e) {
        return failure(HttpStatus.valueOf(e.status()), e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiEnvelope.Failure> unreadableBody(HttpMessageNotReadableException e) {
        if (BodySizeLimitFilter.isTooLarge(e)) {
            return failure(HttpStatus.CONTENT_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE, BodySizeLimitFilter.MESSAGE);
        }
        return failure(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_JSON, ErrorCode.INVALID_JSON_MESSAGE);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiEnvelope.Failure> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return failure(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + e.getContentType() + " is not supported; send application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiEnvelope.Failure> notAcceptable() {
        return failure(HttpStatus.NOT_ACCEPTABLE, ErrorCode.NOT_ACCEPTABLE, "This API answers with application/json only");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiEnvelope.Failure> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED);
        if (e.getSupportedHttpMethods() != null) {
            response.allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
        }
        return response.body(ApiEnvelope.failure(ErrorCode.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not allowed here"));
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ApiEnvelope.Failure> routeNotFound() {
        return failure(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, ErrorCode.ROUTE_NOT_FOUND_MESSAGE);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiEnvelope.Failure> badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return failure(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_ERROR, "Invalid or missing parameter " + name);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiEnvelope.Failure> unexpected(Exception e) {
        LOG.error("Unexpected error while handling a request", e);
        return failure(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR_MESSAGE);
    }

    private static ResponseEntity<ApiEnvelope.Failure> failure(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(ApiEnvelope.failure(code, message));
    }
}
