package dev.agentpane.web.project;

import dev.agentpane.domain.project.ProjectSummary;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/** One card of the home page: {@code GET /api/projects/summaries}. */
public record ProjectSummaryJson(ProjectJson project, TaskCountsJson taskCounts, List<RunningAgentJson> runningAgents,
        String status, String lastActivityAt) {

    public record TaskCountsJson(long backlog, long queued, long inProgress, long waitingApproval, long verified, long total) {
    }

    public record RunningAgentJson(String id, String name, String currentTaskId, String currentTaskTitle) {
    }

    public static ProjectSummaryJson of(ProjectSummary summary) {
        ProjectSummary.TaskCounts counts = summary.taskCounts();
        return new ProjectSummaryJson(ProjectJson.of(summary.project()),
                new TaskCountsJson(counts.backlog(), counts.queued(), counts.inProgress(), counts.waitingApproval(),
                        counts.verified(), counts.total()),
                summary.runningAgents().stream()
                        .map(agent -> new RunningAgentJson(agent.id(), agent.name(), agent.currentTaskId(), agent.currentTaskTitle()))
                        .toList(),
                summary.status(), WireJson.instant(summary.lastActivityAt()));
    }
}
