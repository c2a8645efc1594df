package dev.agentpane.persistence.agent;

/** An agent at work and the title of its current task (null when none). */
public record WorkingAgentRow(String id, String projectId, String name, String currentTaskId, String currentTaskTitle) {
}
