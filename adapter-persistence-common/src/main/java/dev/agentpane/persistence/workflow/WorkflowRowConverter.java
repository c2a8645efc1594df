package dev.agentpane.persistence.workflow;

import dev.agentpane.domain.shared.CaseFolding;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.domain.template.TemplateId;
import dev.agentpane.domain.workflow.Workflow;
import dev.agentpane.domain.workflow.WorkflowId;
import dev.agentpane.domain.workflow.WorkflowStatus;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Workflow ⇄ row. Nodes, edges and the viewport stay the JSON trees they are; the search columns are folded here. */
@Mapper(imports = CaseFolding.class)
public interface WorkflowRowConverter {
    WorkflowRowConverter INSTANCE = Mappers.getMapper(WorkflowRowConverter.class);

    @Mapping(target = "nameFolded", expression = "java(CaseFolding.fold(workflow.name()))")
    @Mapping(target = "descriptionFolded", expression = "java(CaseFolding.fold(workflow.description()))")
    WorkflowRow toRow(Workflow workflow);

    Workflow toWorkflow(WorkflowRow row);

    default String workflowIdValue(WorkflowId id) {
        return id.value();
    }

    default WorkflowId workflowId(String value) {
        return WorkflowId.of(value);
    }

    default String templateIdValue(TemplateId id) {
        return id == null ? null : id.value();
    }

    default TemplateId templateId(String value) {
        return value == null ? null : TemplateId.of(value);
    }

    default String wireValue(WireValue value) {
        return value.wireValue();
    }

    default WorkflowStatus status(String value) {
        return WireValue.parse(WorkflowStatus.class, value, "status");
    }

    default String elementsJson(List<Map<String, Object>> elements) {
        return JsonCodec.write(elements);
    }

    /** A JSON array of objects, read as plain Java values (see {@link JsonCodec}). */
    @SuppressWarnings("unchecked")
    default List<Map<String, Object>> elements(String json) {
        return (List<Map<String, Object>>) JsonCodec.readTree(json);
    }

    default String objectJson(Map<String, Object> object) {
        return JsonCodec.write(object);
    }

    default Map<String, Object> object(String json) {
        return JsonCodec.readObject(json);
    }

    default String tagsJson(List<String> tags) {
        return JsonCodec.write(tags);
    }

    default List<String> tags(String json) {
        return JsonCodec.readList(json, String.class);
    }
}
