package dev.agentpane.persistence.template;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.template.CachedAgent;
import dev.agentpane.domain.template.CachedCommand;
import dev.agentpane.domain.template.CachedSkill;
import dev.agentpane.domain.template.Template;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.template.TemplateScope;
import dev.agentpane.domain.template.TemplateStatus;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Template ⇄ row; the project set lives in {@code template_projects} and is passed in separately. */
@Mapper
public interface TemplateRowConverter {
    TemplateRowConverter INSTANCE = Mappers.getMapper(TemplateRowConverter.class);

    @Mapping(target = "projectId", source = "legacyProjectId")
    TemplateRow toRow(Template template);

    @Mapping(target = "legacyProjectId", source = "row.projectId")
    @Mapping(target = "projectIds", source = "projectIds")
    Template toTemplate(TemplateRow row, List<ProjectId> projectIds);

    default String templateIdValue(TemplateId id) {
        return id.value();
    }

    default TemplateId templateId(String value) {
        return TemplateId.of(value);
    }

    default String projectIdValue(ProjectId id) {
        return id == null ? null : id.value();
    }

    default ProjectId projectId(String value) {
        return value == null ? null : ProjectId.of(value);
    }

    default String wireValue(WireValue value) {
        return value.wireValue();
    }

    default TemplateScope scope(String value) {
        return WireValue.parse(TemplateScope.class, value, "scope");
    }

    default TemplateStatus status(String value) {
        return WireValue.parse(TemplateStatus.class, value, "status");
    }

    default String skillsJson(List<CachedSkill> skills) {
        return JsonCodec.write(skills);
    }

    default List<CachedSkill> skills(String json) {
        return JsonCodec.readList(json, CachedSkill.class);
    }

    default String commandsJson(List<CachedCommand> commands) {
        return JsonCodec.write(commands);
    }

    default List<CachedCommand> commands(String json) {
        return JsonCodec.readList(json, CachedCommand.class);
    }

    default String agentsJson(List<CachedAgent> agents) {
        return JsonCodec.write(agents);
    }

    default List<CachedAgent> agents(String json) {
        return JsonCodec.readList(json, CachedAgent.class);
    }
}
