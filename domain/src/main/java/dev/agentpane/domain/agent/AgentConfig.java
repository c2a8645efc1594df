package dev.agentpane.domain.agent;

import dev.agentpane.domain.project.ProjectConfig;
import java.util.List;
import java.util.Map;

/**
 * How an agent runs.
 *
 * @param maxTurns    null when unset (the project's or the default applies)
 * @param temperature null when unset
 */
public record AgentConfig(List<String> allowedTools, Integer maxTurns, String model, String systemPrompt, Double temperature) {
    public AgentConfig {
        allowedTools = allowedTools == null ? List.of() : List.copyOf(allowedTools);
    }

    /** Turns an agent gets when neither its request nor its project's config says. */
    public static final int DEFAULT_MAX_TURNS = 50;

    /**
     * The config of a new agent: each field as requested, else the project's config value, else the default
     * (allowedTools {@code []}, maxTurns {@value #DEFAULT_MAX_TURNS}, the others absent) (reference §4.3).
     *
     * @param projectConfig null when the project has none; values of an unexpected JSON type in it are ignored
     */
    public static AgentConfig forNewAgent(AgentConfigPatch requested, ProjectConfig projectConfig) {
        Map<String, Object> project = projectConfig == null ? Map.of() : projectConfig.fields();
        return new AgentConfig(
                first(requested.allowedTools(), stringList(project.get("allowedTools")), List.of()),
                first(requested.maxTurns(), project.get("maxTurns") instanceof Number n ? n.intValue() : null, DEFAULT_MAX_TURNS),
                first(requested.model(), project.get("model") instanceof String s ? s : null, null),
                first(requested.systemPrompt(), project.get("systemPrompt") instanceof String s ? s : null, null),
                first(requested.temperature(), project.get("temperature") instanceof Number n ? n.doubleValue() : null, null));
    }

    /** The requested fields replace these; the others stay, and absent ones get the defaults (reference §4.3). */
    public static AgentConfig merged(AgentConfig current, AgentConfigPatch patch) {
        AgentConfig base = current == null ? new AgentConfig(null, null, null, null, null) : current;
        return new AgentConfig(
                first(patch.allowedTools(), base.allowedTools(), List.of()),
                first(patch.maxTurns(), base.maxTurns(), DEFAULT_MAX_TURNS),
                first(patch.model(), base.model(), null),
                first(patch.systemPrompt(), base.systemPrompt(), null),
                first(patch.temperature(), base.temperature(), null));
    }

    /** Whether applying {@code patch} would change the tools or the model an agent runs with. */
    public static boolean changesToolsOrModel(AgentConfig current, AgentConfigPatch patch) {
        List<String> tools = current == null ? List.of() : current.allowedTools();
        String model = current == null ? null : current.model();
        return (patch.allowedTools() != null && !patch.allowedTools().equals(tools))
                || (patch.model() != null && !patch.model().equals(model));
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> stringList(Object value) {
        if (value instanceof List<?> list && list.stream().allMatch(item -> item instanceof String)) {
            return list.stream().map(item -> (String) item).toList();
        }
        return null;
    }
}
