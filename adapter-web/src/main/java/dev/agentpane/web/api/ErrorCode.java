package dev.agentpane.web.api;

/** Every error code this API answers with, as the original names them (reference §5). */
public final class ErrorCode {
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String INVALID_JSON = "INVALID_JSON";
    public static final String VALIDATION_ERROR = "VALIDATION_ERROR";
    public static final String INVALID_ID = "INVALID_ID";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String MISSING_PARAMS = "MISSING_PARAMS";
    public static final String TASK_NOT_FOUND = "TASK_NOT_FOUND";
    public static final String PRECONDITION_FAILED = "PRECONDITION_FAILED";
    public static final String SESSION_NOT_FOUND = "SESSION_NOT_FOUND";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String INVALID_PARAMS = "INVALID_PARAMS";
    public static final String AGENT_NOT_FOUND = "AGENT_NOT_FOUND";
    public static final String AGENT_ALREADY_RUNNING = "AGENT_ALREADY_RUNNING";
    public static final String CONCURRENCY_LIMIT_EXCEEDED = "CONCURRENCY_LIMIT_EXCEEDED";
    public static final String AGENT_RUNNER_UNAVAILABLE = "AGENT_RUNNER_UNAVAILABLE";
    public static final String PROJECT_HAS_RUNNING_AGENTS = "PROJECT_HAS_RUNNING_AGENTS";
    public static final String PROJECT_NOT_FOUND = "PROJECT_NOT_FOUND";
    /** A sync from GitHub or Terraform Cloud, which this server cannot do yet. */
    public static final String SYNC_UNAVAILABLE = "SYNC_UNAVAILABLE";
    public static final String TEMPLATE_NOT_FOUND = "TEMPLATE_NOT_FOUND";
    public static final String TEMPLATE_ALREADY_EXISTS = "TEMPLATE_ALREADY_EXISTS";
    public static final String TEMPLATE_INVALID_REPO_URL = "TEMPLATE_INVALID_REPO_URL";
    public static final String TEMPLATE_PROJECT_REQUIRED = "TEMPLATE_PROJECT_REQUIRED";
    public static final String MISSING_NAME = "MISSING_NAME";
    public static final String MISSING_REPO = "MISSING_REPO";
    public static final String MARKETPLACE_NOT_FOUND = "MARKETPLACE_NOT_FOUND";
    public static final String MARKETPLACE_ALREADY_EXISTS = "MARKETPLACE_ALREADY_EXISTS";
    public static final String MARKETPLACE_INVALID_URL = "MARKETPLACE_INVALID_URL";
    public static final String MARKETPLACE_CANNOT_DELETE_DEFAULT = "MARKETPLACE_CANNOT_DELETE_DEFAULT";
    public static final String MARKETPLACE_CANNOT_DISABLE_DEFAULT = "MARKETPLACE_CANNOT_DISABLE_DEFAULT";
    public static final String TERRAFORM_REGISTRY_NOT_FOUND = "TERRAFORM_REGISTRY_NOT_FOUND";
    public static final String TERRAFORM_REGISTRY_ALREADY_EXISTS = "TERRAFORM_REGISTRY_ALREADY_EXISTS";
    public static final String TERRAFORM_MODULE_NOT_FOUND = "TERRAFORM_MODULE_NOT_FOUND";
    public static final String TERRAFORM_VALIDATE_UNAVAILABLE = "TERRAFORM_VALIDATE_UNAVAILABLE";
    public static final String TERRAFORM_COMPOSE_UNAVAILABLE = "TERRAFORM_COMPOSE_UNAVAILABLE";
    /** Stored secrets (API keys, the GitHub token). */
    public static final String INVALID_FORMAT = "INVALID_FORMAT";
    public static final String MISSING_TOKEN = "MISSING_TOKEN";
    public static final String ENCRYPTION_KEY_INVALID = "ENCRYPTION_KEY_INVALID";
    public static final String SECRET_UNREADABLE = "SECRET_UNREADABLE";
    public static final String GITHUB_UNAVAILABLE = "GITHUB_UNAVAILABLE";
    /** Sandbox configs; the four limit codes come from {@link dev.agentpane.domain.sandbox.SandboxConfigLimit}. */
    public static final String SANDBOX_CONFIG_NOT_FOUND = "SANDBOX_CONFIG_NOT_FOUND";
    public static final String SANDBOX_CONFIG_ALREADY_EXISTS = "SANDBOX_CONFIG_ALREADY_EXISTS";
    public static final String SANDBOX_CONFIG_IN_USE = "SANDBOX_CONFIG_IN_USE";
    public static final String SANDBOX_CONFIG_INVALID_MEMORY = "SANDBOX_CONFIG_INVALID_MEMORY";
    public static final String SANDBOX_CONFIG_INVALID_CPU = "SANDBOX_CONFIG_INVALID_CPU";
    public static final String SANDBOX_CONFIG_INVALID_PROCESSES = "SANDBOX_CONFIG_INVALID_PROCESSES";
    public static final String SANDBOX_CONFIG_INVALID_TIMEOUT = "SANDBOX_CONFIG_INVALID_TIMEOUT";
    public static final String REREGISTER = "REREGISTER";
    public static final String UNKNOWN_DAEMON = "UNKNOWN_DAEMON";
    public static final String TOO_MANY_CONNECTIONS = "TOO_MANY_CONNECTIONS";

    public static final String ROUTE_NOT_FOUND_MESSAGE = "Route not found";
    public static final String INVALID_JSON_MESSAGE = "Invalid JSON in request body";
    /** The CLI monitor routes' wording of {@link #INVALID_JSON} (reference §5.16). */
    public static final String CLI_MONITOR_INVALID_JSON_MESSAGE = "Invalid JSON body";
    public static final String INTERNAL_ERROR_MESSAGE = "An unexpected error occurred.";
    public static final String UNAUTHORIZED_MESSAGE = "Authentication required. Provide session cookie or Authorization header.";

    private ErrorCode() {
    }

    /** The code for an HTTP error status that no handler named more precisely (errors raised by Jetty itself). */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
