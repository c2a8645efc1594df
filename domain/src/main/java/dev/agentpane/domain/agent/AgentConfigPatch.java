package dev.agentpane.domain.agent;

import dev.agentpane.domain.shared.Text;
import dev.agentpane.domain.shared.ValidationException;
import java.util.List;

/**
 * Requested config fields of an agent; a null field is not requested (it keeps its stored value, or falls back to the
 * project's config when the agent is created).
 */
public record AgentConfigPatch(List<String> allowedTools, Integer maxTurns, String model, String systemPrompt, Double temperature) {
    public static final int MAX_TURNS_MIN = 1;
    public static final int MAX_TURNS_MAX = 500;
    public static final int TOOLS_MAX = 100;
    public static final int TOOL_MAX = 200;
    public static final int MODEL_MAX = 200;
    public static final int SYSTEM_PROMPT_MAX = 100_000;

    public AgentConfigPatch {
        if (allowedTools != null) {
            allowedTools = List.copyOf(allowedTools);
            if (allowedTools.size() > TOOLS_MAX) {
                throw new ValidationException("allowedTools may name at most " + TOOLS_MAX + " tools");
            }
            allowedTools.forEach(tool -> Text.required(tool, TOOL_MAX, "Tool name"));
        }
        if (maxTurns != null) {
            Text.inRange(maxTurns, MAX_TURNS_MIN, MAX_TURNS_MAX, "maxTurns");
        }
        model = Text.optional(model, MODEL_MAX, "model");
        systemPrompt = Text.optional(systemPrompt, SYSTEM_PROMPT_MAX, "systemPrompt");
        if (temperature != null && !(temperature >= 0 && temperature <= 1)) {
            throw new ValidationException("temperature must be between 0 and 1");
        }
    }

    public static AgentConfigPatch none() {
        return new AgentConfigPatch(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return allowedTools == null && maxTurns == null && model == null && systemPrompt == null && temperature == null;
    }
}
