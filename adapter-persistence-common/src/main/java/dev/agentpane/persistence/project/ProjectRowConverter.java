package dev.agentpane.persistence.project;

import dev.agentpane.domain.project.Project;
import dev.agentpane.domain.project.ProjectConfig;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Project ⇄ row. Rows become projects through the aggregate's validating constructor. */
@Mapper
public interface ProjectRowConverter {
    ProjectRowConverter INSTANCE = Mappers.getMapper(ProjectRowConverter.class);

    ProjectRow toRow(Project project);

    Project toProject(ProjectRow row);

    default String idValue(ProjectId id) {
        return id.value();
    }

    default ProjectId projectId(String value) {
        return ProjectId.of(value);
    }

    default String sandboxConfigIdValue(SandboxConfigId id) {
        return id == null ? null : id.value();
    }

    default SandboxConfigId sandboxConfigId(String value) {
        return value == null ? null : SandboxConfigId.of(value);
    }

    default String configJson(ProjectConfig config) {
        return config == null ? null : JsonCodec.write(config.fields());
    }

    default ProjectConfig config(String json) {
        Map<String, Object> fields = JsonCodec.readObject(json);
        return fields == null ? null : ProjectConfig.of(fields);
    }
}
