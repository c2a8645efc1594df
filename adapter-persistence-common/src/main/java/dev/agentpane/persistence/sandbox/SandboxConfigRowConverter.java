package dev.agentpane.persistence.sandbox;

import dev.agentpane.domain.sandbox.SandboxConfig;
import dev.agentpane.domain.sandbox.SandboxConfigId;
import dev.agentpane.domain.sandbox.SandboxType;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.persistence.shared.JsonCodec;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** SandboxConfig ⇄ row. */
@Mapper
public interface SandboxConfigRowConverter {
    SandboxConfigRowConverter INSTANCE = Mappers.getMapper(SandboxConfigRowConverter.class);

    SandboxConfigRow toRow(SandboxConfig config);

    SandboxConfig toConfig(SandboxConfigRow row);

    default String idValue(SandboxConfigId id) {
        return id.value();
    }

    default SandboxConfigId configId(String value) {
        return SandboxConfigId.of(value);
    }

    default String wireValue(WireValue value) {
        return value.wireValue();
    }

    default SandboxType type(String value) {
        return WireValue.parse(SandboxType.class, value, "type");
    }

    default String hostsJson(List<String> hosts) {
        return JsonCodec.write(hosts);
    }

    default List<String> hosts(String json) {
        return JsonCodec.readList(json, String.class);
    }
}
