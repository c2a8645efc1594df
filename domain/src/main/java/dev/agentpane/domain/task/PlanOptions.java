package dev.agentpane.domain.task;

import java.util.List;

/**
 * What a plan approval allowed the agent (the original's StoredPlanOptions).
 *
 * @param allowedPrompts null when none were stored
 * @param sdkSessionId   the agent SDK's session to resume; null when none
 */
public record PlanOptions(List<AllowedPrompt> allowedPrompts, String sdkSessionId) {
    public PlanOptions {
        allowedPrompts = allowedPrompts == null ? null : List.copyOf(allowedPrompts);
    }

    /** A prompt the plan allowed for a tool, such as {@code Bash}. */
    public record AllowedPrompt(String tool, String prompt) {
    }
}
