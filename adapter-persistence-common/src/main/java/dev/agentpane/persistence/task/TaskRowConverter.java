package dev.agentpane.persistence.task;

import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.task.DiffSummary;
import dev.agentpane.domain.task.LastAgentStatus;
import dev.agentpane.domain.task.PlanOptions;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.domain.task.TaskPriority;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Task ⇄ row. Rows become tasks through the aggregate's validating constructor. */
@Mapper
public interface TaskRowConverter {
    TaskRowConverter INSTANCE = Mappers.getMapper(TaskRowConverter.class);

    @Mapping(target = "boardColumn", source = "column")
    TaskRow toRow(Task task);

    @Mapping(target = "column", source = "boardColumn")
    Task toTask(TaskRow row);

    default String value(TaskId id) {
        return id == null ? null : id.value();
    }

    default TaskId taskId(String value) {
        return value == null ? null : TaskId.of(value);
    }

    default String value(ProjectId id) {
        return id == null ? null : id.value();
    }

    default ProjectId projectId(String value) {
        return value == null ? null : ProjectId.of(value);
    }

    default String value(AgentId id) {
        return id == null ? null : id.value();
    }

    default AgentId agentId(String value) {
        return value == null ? null : AgentId.of(value);
    }

    default String wire(WireValue value) {
        return value == null ? null : value.wireValue();
    }

    default TaskColumn column(String value) {
        return value == null ? null : TaskColumn.parse(value);
    }

    default TaskPriority priority(String value) {
        return value == null ? null : TaskPriority.parse(value);
    }

    default LastAgentStatus lastAgentStatus(String value) {
        return value == null ? null : LastAgentStatus.parse(value);
    }

    default String json(List<String> labels) {
        return JsonCodec.write(labels);
    }

    default List<String> labels(String json) {
        return JsonCodec.readList(json, String.class);
    }

    default String json(DiffSummary summary) {
        return JsonCodec.write(summary);
    }

    default DiffSummary diffSummary(String json) {
        return JsonCodec.read(json, DiffSummary.class);
    }

    default String json(PlanOptions options) {
        return JsonCodec.write(options);
    }

    default PlanOptions planOptions(String json) {
        return JsonCodec.read(json, PlanOptions.class);
    }
}
