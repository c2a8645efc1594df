package dev.agentpane.web.task;

import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.task.DiffSummary;
import dev.agentpane.domain.task.PlanOptions;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.Task;
import dev.agentpane.web.api.WireJson;
import java.util.List;

/** A task on the wire: every column of the original's row in camelCase, its derived position, and its version. */
public record TaskJson(
        String id,
        String projectId,
        String agentId,
        String sessionId,
        String worktreeId,
        String title,
        String description,
        String column,
        int position,
        List<String> labels,
        String priority,
        String branch,
        DiffSummary diffSummary,
        String approvedAt,
        String approvedBy,
        int rejectionCount,
        String rejectionReason,
        String modelOverride,
        PlanOptions planOptions,
        String plan,
        String createdAt,
        String updatedAt,
        String startedAt,
        String completedAt,
        String lastAgentStatus,
        long version) {

    public static TaskJson of(PositionedTask positioned) {
        Task task = positioned.task();
        return new TaskJson(task.id().value(), task.projectId().value(), task.agentId() == null ? null : task.agentId().value(),
                task.sessionId(), task.worktreeId(), task.title(), task.description(), task.column().wireValue(),
                positioned.position(), task.labels(), task.priority().wireValue(), task.branch(), task.diffSummary(),
                WireJson.instant(task.approvedAt()), task.approvedBy(), task.rejectionCount(), task.rejectionReason(),
                task.modelOverride(), task.planOptions(), task.plan(), WireJson.instant(task.createdAt()),
                WireJson.instant(task.updatedAt()), WireJson.instant(task.startedAt()), WireJson.instant(task.completedAt()),
                wire(task.lastAgentStatus()), task.version());
    }

    private static String wire(WireValue value) {
        return value == null ? null : value.wireValue();
    }
}
