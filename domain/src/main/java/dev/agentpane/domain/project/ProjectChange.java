package dev.agentpane.domain.project;

import java.util.Map;

/** A partial update of a project; a null part leaves that part unchanged. */
public record ProjectChange(String name, String description, Integer maxConcurrentAgents, Map<String, Object> configPatch) {
    public boolean isEmpty() {
        return name == null && description == null && maxConcurrentAgents == null && configPatch == null;
    }
}
