package dev.agentpane.persistence.sandbox;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.sandbox.SandboxInstance;
import dev.agentpane.domain.sandbox.SandboxInstanceId;
import dev.agentpane.domain.sandbox.SandboxStatus;
import dev.agentpane.domain.sandbox.SandboxTmuxSession;
import dev.agentpane.domain.sandbox.SandboxTmuxSessionId;
import dev.agentpane.domain.sandbox.VolumeMount;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** SandboxInstance and SandboxTmuxSession ⇄ rows. */
@Mapper
public interface SandboxInstanceRowConverter {
    SandboxInstanceRowConverter INSTANCE = Mappers.getMapper(SandboxInstanceRowConverter.class);

    SandboxInstanceRow toRow(SandboxInstance instance);

    SandboxInstance toInstance(SandboxInstanceRow row);

    SandboxTmuxSessionRow toRow(SandboxTmuxSession session);

    SandboxTmuxSession toSession(SandboxTmuxSessionRow row);

    default String instanceIdValue(SandboxInstanceId id) {
        return id.value();
    }

    default SandboxInstanceId instanceId(String value) {
        return SandboxInstanceId.of(value);
    }

    default String sessionIdValue(SandboxTmuxSessionId id) {
        return id.value();
    }

    default SandboxTmuxSessionId sessionId(String value) {
        return SandboxTmuxSessionId.of(value);
    }

    default String projectIdValue(ProjectId id) {
        return id.value();
    }

    default ProjectId projectId(String value) {
        return ProjectId.of(value);
    }

    default String wireValue(WireValue value) {
        return value.wireValue();
    }

    default SandboxStatus status(String value) {
        return WireValue.parse(SandboxStatus.class, value, "status");
    }

    default String mountsJson(List<VolumeMount> mounts) {
        return JsonCodec.write(mounts);
    }

    default List<VolumeMount> mounts(String json) {
        return JsonCodec.readList(json, VolumeMount.class);
    }

    default String envJson(Map<String, String> env) {
        return JsonCodec.write(env);
    }

    /** The env column holds a JSON object of strings; any other value is bad data and fails here. */
    default Map<String, String> env(String json) {
        Map<String, Object> fields = JsonCodec.readObject(json);
        if (fields == null) {
            return null;
        }
        Map<String, String> env = new LinkedHashMap<>();
        fields.forEach((name, value) -> env.put(name, (String) value));
        return env;
    }
}
