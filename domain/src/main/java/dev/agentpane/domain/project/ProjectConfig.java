package dev.agentpane.domain.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project's configuration: the original's {@code ProjectConfig} JSON object (worktreeRoot, defaultBranch,
 * allowedTools, maxTurns, model, systemPrompt, temperature, envVars, sandbox, …). It is kept as the JSON object
 * it is, as a tree of plain Java values (Map, List, String, Number, Boolean, null), so fields this server does not
 * interpret yet survive every update unchanged; updates merge shallowly, as in the original.
 */
public record ProjectConfig(Map<String, Object> fields) {
    public ProjectConfig {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static ProjectConfig of(Map<String, Object> fields) {
        return new ProjectConfig(fields);
    }

    /** Top-level fields of {@code patch} replace those of this config; the others stay (a JSON null is stored as null). */
    public ProjectConfig mergedWith(Map<String, Object> patch) {
        Map<String, Object> merged = new LinkedHashMap<>(fields);
        merged.putAll(patch);
        return new ProjectConfig(merged);
    }
}
