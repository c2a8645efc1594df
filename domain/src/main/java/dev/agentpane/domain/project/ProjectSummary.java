package dev.agentpane.domain.project;

import java.time.Instant;
import java.util.List;

/**
 * A project as the home page shows it: its tasks counted per column, the agents at work, and one status derived from
 * them: {@code running} while any agent works, else {@code needs-approval} while any task waits for approval, else
 * {@code idle}.
 */
public record ProjectSummary(Project project, TaskCounts taskCounts, List<RunningAgent> runningAgents, Instant lastActivityAt) {

    public record TaskCounts(long backlog, long queued, long inProgress, long waitingApproval, long verified) {
        public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0);

        public long total() {
            return backlog + queued + inProgress + waitingApproval + verified;
        }
    }

    public record RunningAgent(String id, String name, String currentTaskId, String currentTaskTitle) {
    }

    public ProjectSummary {
        runningAgents = List.copyOf(runningAgents);
    }

    public String status() {
        if (!runningAgents.isEmpty()) {
            return "running";
        }
        return taskCounts.waitingApproval() > 0 ? "needs-approval" : "idle";
    }
}
