package dev.agentpane.persistence.plan;

import dev.agentpane.domain.plan.PlanInteraction;
import dev.agentpane.domain.plan.PlanSession;
import dev.agentpane.domain.plan.PlanSessionId;
import dev.agentpane.domain.plan.PlanSessionStatus;
import dev.agentpane.domain.plan.PlanTurn;
import dev.agentpane.domain.plan.PlanTurnRole;
import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.shared.WireValue;
import dev.agentpane.persistence.shared.JsonCodec;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** PlanSession ⇄ row. Rows become sessions through the aggregate's validating constructor. */
@Mapper
public interface PlanSessionRowConverter {
    PlanSessionRowConverter INSTANCE = Mappers.getMapper(PlanSessionRowConverter.class);

    /** Times inside the turns JSON as the original writes them ({@code toISOString()}: always three fraction digits). */
    DateTimeFormatter ISO_MILLIS = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();

    PlanSessionRow toRow(PlanSession session);

    PlanSession toSession(PlanSessionRow row);

    PlanTurnJson toJson(PlanTurn turn);

    PlanTurn toTurn(PlanTurnJson json);

    PlanInteractionJson toJson(PlanInteraction interaction);

    PlanInteraction toInteraction(PlanInteractionJson json);

    default String idValue(PlanSessionId id) {
        return id.value();
    }

    default PlanSessionId sessionId(String value) {
        return PlanSessionId.of(value);
    }

    default String idValue(ProjectId id) {
        return id.value();
    }

    default ProjectId projectId(String value) {
        return ProjectId.of(value);
    }

    default String statusValue(PlanSessionStatus status) {
        return status.wireValue();
    }

    default PlanSessionStatus status(String value) {
        return WireValue.parse(PlanSessionStatus.class, value, "status");
    }

    default String roleValue(PlanTurnRole role) {
        return role.wireValue();
    }

    default PlanTurnRole role(String value) {
        return WireValue.parse(PlanTurnRole.class, value, "role");
    }

    default String isoText(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }

    default Instant instant(String isoText) {
        return isoText == null ? null : Instant.parse(isoText);
    }

    default String turnsJson(List<PlanTurn> turns) {
        return JsonCodec.write(turns.stream().map(this::toJson).toList());
    }

    default List<PlanTurn> turns(String json) {
        return JsonCodec.readList(json, PlanTurnJson.class).stream().map(this::toTurn).toList();
    }
}
