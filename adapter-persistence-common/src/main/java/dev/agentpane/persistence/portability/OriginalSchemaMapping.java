package dev.agentpane.persistence.portability;

import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.auditlog.ToolStatus;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.domain.githubtoken.GithubTokenType;
import dev.agentpane.domain.marketplace.MarketplaceStatus;
import dev.agentpane.domain.plan.PlanSessionStatus;
import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.sandbox.SandboxStatus;
import dev.agentpane.domain.sandbox.SandboxType;
import dev.agentpane.domain.session.Session;
import dev.agentpane.domain.session.SessionStatus;
import dev.agentpane.domain.sessionsummary.SessionFinalStatus;
import dev.agentpane.domain.settings.SettingKey;
import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.task.LastAgentStatus;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskPriority;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.domain.template.TemplateStatus;
import dev.agentpane.domain.terraform.TerraformRegistryStatus;
import dev.agentpane.domain.workflow.WorkflowStatus;
import dev.agentpane.domain.worktree.WorktreeStatus;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the original AgentPane's runtime schema (reference §1) maps onto this one, as tables of exceptions: every
 * column not named here keeps its name and is converted by its logical type here. Columns are "table.column" of this
 * schema.
 */
final class OriginalSchemaMapping {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Columns named differently here (keywords avoided, docs/persistence-dialects.md), with the original's name. */
    static final Map<String, String> RENAMED = Map.of(
            "settings.setting_key", "key",
            "settings.setting_value", "value",
            "tasks.board_column", "column",
            "session_events.event_offset", "offset",
            "session_events.event_timestamp", "timestamp");

    /** Columns this schema computes on import: the board order comes from the original's positions. */
    static final String TASK_SORT_KEY = "tasks.sort_key";
    static final String TASK_POSITION = "position";

    /** Enumerated columns: a value outside the enum skips the row (NULL is left to the column's default). */
    static final Map<String, Class<? extends WireValue>> ENUMS = Map.ofEntries(
            Map.entry("tasks.board_column", TaskColumn.class),
            Map.entry("tasks.priority", TaskPriority.class),
            Map.entry("tasks.last_agent_status", LastAgentStatus.class),
            Map.entry("agents.type", AgentType.class),
            Map.entry("agents.status", AgentStatus.class),
            Map.entry("agent_runs.status", AgentStatus.class),
            Map.entry("sessions.status", SessionStatus.class),
            Map.entry("worktrees.status", WorktreeStatus.class),
            Map.entry("audit_logs.status", ToolStatus.class),
            Map.entry("session_summaries.final_status", SessionFinalStatus.class),
            Map.entry("cli_sessions.status", CliSessionStatus.class),
            Map.entry("github_tokens.token_type", GithubTokenType.class),
            Map.entry("marketplaces.status", MarketplaceStatus.class),
            Map.entry("templates.scope", TemplateScope.class),
            Map.entry("templates.status", TemplateStatus.class),
            Map.entry("terraform_registries.status", TerraformRegistryStatus.class),
            Map.entry("workflows.status", WorkflowStatus.class),
            Map.entry("sandbox_configs.type", SandboxType.class),
            Map.entry("sandbox_instances.status", SandboxStatus.class),
            Map.entry("plan_sessions.status", PlanSessionStatus.class));

    /** The domain's checks on single non-null values; each throws {@link ValidationException} with the reason. */
    static final Map<String, Consumer<Object>> CHECKS = Map.ofEntries(
            Map.entry("settings.setting_key", value -> SettingKey.require((String) value)),
            Map.entry("projects.name", value -> Text.required((String) value, Project.NAME_MAX, "name")),
            Map.entry("projects.path", value -> Text.required((String) value, Project.PATH_MAX, "path")),
            Map.entry("projects.description", value -> Text.optional((String) value, Project.DESCRIPTION_MAX, "description")),
            Map.entry("agents.name", value -> Text.required((String) value, Agent.NAME_MAX, "name")),
            Map.entry("tasks.title", value -> Text.required((String) value, Task.TITLE_MAX, "title")),
            Map.entry("tasks.description", value -> Text.optional((String) value, Task.DESCRIPTION_MAX, "description")),
            Map.entry("tasks.labels", OriginalSchemaMapping::checkLabels),
            Map.entry("sessions.title", value -> Text.optional((String) value, Session.TITLE_MAX, "title")),
            Map.entry("sessions.url", value -> Text.required((String) value, Session.URL_MAX, "url")));

    private OriginalSchemaMapping() {
    }

    /** The original's name of a column of this schema. */
    static String originalColumn(String table, String column) {
        return RENAMED.getOrDefault(table + "." + column, column);
    }

    /** Null when {@code value} is allowed in {@code table.column}; else the reason it is not. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String reject(String table, String column, Object value) {
        String name = table + "." + column;
        Class<? extends WireValue> enumType = ENUMS.get(name);
        try {
            if (enumType != null && value != null) {
                WireValue.parse((Class) enumType, (String) value, originalColumn(table, column));
            }
            Consumer<Object> check = CHECKS.get(name);
            if (check != null && value != null) {
                check.accept(value);
            }
            return null;
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    /** Labels as the task keeps them: a JSON array of at most {@link Task#LABELS_MAX} short strings. */
    private static void checkLabels(Object value) {
        if (value == null) {
            return;
        }
        JsonNode labels = JSON.readTree((String) value);
        if (!labels.isArray()) {
            throw new ValidationException("labels must be a JSON array of strings");
        }
        if (labels.size() > Task.LABELS_MAX) {
            throw new ValidationException("At most " + Task.LABELS_MAX + " labels are allowed");
        }
        for (JsonNode label : labels) {
            if (!label.isString()) {
                throw new ValidationException("labels must be a JSON array of strings");
            }
            Text.required(label.asString(), Task.LABEL_MAX, "Label");
        }
    }
}
