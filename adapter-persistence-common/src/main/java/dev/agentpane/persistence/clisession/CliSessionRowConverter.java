package dev.agentpane.persistence.clisession;

import dev.agentpane.domain.clisession.CliSession;
import dev.agentpane.domain.clisession.CliSessionId;
import dev.agentpane.domain.clisession.CliSessionStatus;
import dev.agentpane.domain.clisession.PendingToolUse;
import dev.agentpane.domain.clisession.PerformanceMetrics;
import dev.agentpane.domain.clisession.TokenUsage;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.persistence.shared.JsonCodec;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** CliSession ⇄ row. Rows (and their JSON payloads) become sessions through the validating constructors. */
@Mapper
public interface CliSessionRowConverter {
    CliSessionRowConverter INSTANCE = Mappers.getMapper(CliSessionRowConverter.class);

    CliSessionRow toRow(CliSession session);

    CliSession toCliSession(CliSessionRow row);

    default String idValue(CliSessionId id) {
        return id.value();
    }

    default CliSessionId cliSessionId(String value) {
        return CliSessionId.of(value);
    }

    default String statusValue(CliSessionStatus status) {
        return status.wireValue();
    }

    default CliSessionStatus status(String value) {
        return WireValue.parse(CliSessionStatus.class, value, "status");
    }

    default String json(PendingToolUse pendingToolUse) {
        return JsonCodec.write(pendingToolUse);
    }

    default PendingToolUse pendingToolUse(String json) {
        return JsonCodec.read(json, PendingToolUse.class);
    }

    default String json(TokenUsage tokenUsage) {
        return JsonCodec.write(tokenUsage);
    }

    default TokenUsage tokenUsage(String json) {
        return JsonCodec.read(json, TokenUsage.class);
    }

    default String json(PerformanceMetrics performanceMetrics) {
        return JsonCodec.write(performanceMetrics);
    }

    default PerformanceMetrics performanceMetrics(String json) {
        return JsonCodec.read(json, PerformanceMetrics.class);
    }
}
