package dev.agentpane.persistence.agent;

import dev.agentpane.application.port.out.AgentRepository.WorkingAgent;
import dev.agentpane.domain.agent.Agent;
import dev.agentpane.domain.agent.AgentConfig;
import dev.agentpane.domain.agent.AgentId;
import dev.agentpane.domain.agent.AgentRun;
import dev.agentpane.domain.agent.AgentRunId;
import dev.agentpane.domain.agent.AgentStatus;
import dev.agentpane.domain.agent.AgentType;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.task.TaskId;
import dev.agentpane.persistence.shared.JsonCodec;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Agents and their runs ⇄ rows. */
@Mapper
public interface AgentRowConverter {
    AgentRowConverter INSTANCE = Mappers.getMapper(AgentRowConverter.class);

    AgentRow toRow(Agent agent);

    Agent toAgent(AgentRow row);

    AgentRunRow toRow(AgentRun run);

    AgentRun toRun(AgentRunRow row);

    WorkingAgent toWorkingAgent(WorkingAgentRow row);

    default String value(AgentId id) {
        return id == null ? null : id.value();
    }

    default AgentId agentId(String value) {
        return value == null ? null : AgentId.of(value);
    }

    default String value(AgentRunId id) {
        return id == null ? null : id.value();
    }

    default AgentRunId agentRunId(String value) {
        return value == null ? null : AgentRunId.of(value);
    }

    default String value(ProjectId id) {
        return id == null ? null : id.value();
    }

    default ProjectId projectId(String value) {
        return value == null ? null : ProjectId.of(value);
    }

    default String value(TaskId id) {
        return id == null ? null : id.value();
    }

    default TaskId taskId(String value) {
        return value == null ? null : TaskId.of(value);
    }

    default String wire(WireValue value) {
        return value == null ? null : value.wireValue();
    }

    default AgentType type(String value) {
        return value == null ? null : AgentType.parse(value);
    }

    default AgentStatus status(String value) {
        return value == null ? null : AgentStatus.parse(value);
    }

    default String json(AgentConfig config) {
        return JsonCodec.write(config);
    }

    default AgentConfig config(String json) {
        return JsonCodec.read(json, AgentConfig.class);
    }
}
